package cn.ipcity.registry;

import static cn.ipcity.registry.ImportFixtures.PATENT_HEADER;
import static cn.ipcity.registry.ImportFixtures.applicationNumber;
import static cn.ipcity.registry.ImportFixtures.csv;
import static cn.ipcity.registry.ImportFixtures.patentRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

class RegistryPagesTest extends ImportTestSupport {

    @Test
    void importPageRecordPageTimelineAndUnattributedList() throws Exception {
        String a = applicationNumber(2018, 1);
        String lost = applicationNumber(2018, 1);
        // upload through the page (multipart form with the CSRF token), as an officer of Weihai
        String location = mvc.perform(multipart("/imports")
                        .file(new MockMultipartFile(
                                "file",
                                "页面导入.csv",
                                "text/csv",
                                csv(
                                                PATENT_HEADER,
                                                List.of(
                                                        patentRow(
                                                                a,
                                                                "2018-04-02",
                                                                "发明",
                                                                "页面测试装置",
                                                                "H04L 9/32",
                                                                "页面测试有限公司",
                                                                "山东省威海市环翠区"),
                                                        patentRow(
                                                                lost,
                                                                "2018-04-02",
                                                                "发明",
                                                                "无地址装置",
                                                                "H04L 9/32",
                                                                "无地址测试有限公司",
                                                                "某某工业园3号楼"),
                                                        patentRow(
                                                                applicationNumber(2018, 1),
                                                                "2018-02-30",
                                                                "发明",
                                                                "坏日期",
                                                                "H04L 9/32",
                                                                "页面测试有限公司",
                                                                "山东省威海市环翠区")))
                                        .getBytes(StandardCharsets.UTF_8)))
                        .param("type", "patent")
                        .param("encoding", "auto")
                        .with(user("weihai.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/imports/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long deadline = System.currentTimeMillis() + 30_000;
        String page;
        do {
            Thread.sleep(50);
            page = mvc.perform(
                            get("/imports/" + id).header("HX-Request", "true").with(as("weihai.officer")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
        } while (page.contains("hx-trigger") && System.currentTimeMillis() < deadline);
        // the finished fragment stops polling and shows the error report with row, column and value
        assertThat(page)
                .doesNotContain("hx-trigger")
                .contains("error-report")
                .contains("申请日")
                .contains("2018-02-30");
        mvc.perform(get("/imports").with(as("weihai.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("页面导入.csv")))
                .andExpect(content().string(containsString("cn-patent")));
        mvc.perform(get("/registry/patents/" + a).param("asOf", "2020-01-01").with(as("weihai.leader")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("页面测试装置")))
                .andExpect(content().string(containsString("id=\"timeline\"")))
                .andExpect(content().string(containsString("审中")));
        mvc.perform(get("/registry/patents")
                        .param("holder", "页面测试")
                        .param("jurisdiction", "3710")
                        .header("HX-Request", "true")
                        .with(as("weihai.leader")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(a)))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/registry/review").with(as("weihai.leader")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(lost)));
        mvc.perform(get("/registry/trademarks").param("lang", "en").with(as("weihai.leader")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trademarks")));
    }

    @Test
    void aBadProfileUploadedOnThePageIsExplained() throws Exception {
        mvc.perform(post("/imports/profiles")
                        .param("yaml", "name: x\ntype: patent\ncolumns: {申请号: nosuchfield}\n")
                        .with(as("weihai.officer"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nosuchfield&#39; does not exist")));
    }
}
