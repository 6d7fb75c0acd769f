package cn.ipcity.metrics;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.ipcity.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The reported-values page of 环翠区's program, used by its reporter, its officer and a viewer. */
class ReportedValuePageTest extends IntegrationTest {

    static final String PAGE = "/programs/huancui-2024/reported-values";
    static final String SATISFACTION = PAGE + "/protection-satisfaction";

    @Autowired
    MockMvc mvc;

    @Test
    void reporterEntersAndSubmitsOfficerApprovesViewerOnlyReads() throws Exception {
        mvc.perform(get(PAGE).with(user("huancui.kjj")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("单位填报指标")))
                .andExpect(content().string(containsString("知识产权保护社会满意度")))
                .andExpect(content().string(containsString("new-value")));
        mvc.perform(get(PAGE).with(user("weihai.leader")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("new-value"))));
        mvc.perform(post(SATISFACTION)
                        .with(user("huancui.kjj"))
                        .with(csrf())
                        .param("year", "2025")
                        .param("value", "91.5")
                        .param("unit", "%")
                        .param("evidence", "2025年第三方满意度调查报告"))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("saved", true));
        mvc.perform(get(PAGE).with(user("huancui.kjj")))
                .andExpect(content().string(containsString("91.5")))
                .andExpect(content().string(containsString("草稿")))
                .andExpect(content().string(containsString("action-submit")));
        mvc.perform(post(SATISFACTION + "/2025/submit")
                        .with(user("huancui.kjj"))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(flash().attribute("saved", true));
        // a viewer cannot approve, even by posting the form
        mvc.perform(post(SATISFACTION + "/2025/approve")
                        .with(user("weihai.leader"))
                        .with(csrf())
                        .param("version", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(get(PAGE).with(user("huancui.officer")))
                .andExpect(content().string(containsString("action-approve")));
        mvc.perform(post(SATISFACTION + "/2025/approve")
                        .with(user("huancui.officer"))
                        .with(csrf())
                        .param("version", "1"))
                .andExpect(flash().attribute("saved", true));
        mvc.perform(get(PAGE + "?lang=en").with(user("huancui.officer")))
                .andExpect(content().string(containsString("Approved")))
                .andExpect(content().string(containsString("action-reopen")));
    }

    @Test
    void errorsAreShownOnThePage() throws Exception {
        mvc.perform(post(PAGE + "/enforcement-closure-rate")
                        .with(user("huancui.kjj"))
                        .with(csrf())
                        .param("year", "2025")
                        .param("value", "abc")
                        .param("unit", "%")
                        .param("evidence", "e"))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("error", containsString("not a number")));
        mvc.perform(post(PAGE + "/enforcement-closure-rate")
                        .with(user("huancui.kjj"))
                        .with(csrf())
                        .param("year", "2025")
                        .param("value", "120")
                        .param("unit", "%")
                        .param("evidence", "e"))
                .andExpect(flash().attribute("error", containsString("0 and 100")));
    }
}
