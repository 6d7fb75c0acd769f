package cn.ipcity.program;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.ipcity.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class ProgramApiTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void listsTheFiveSeedPrograms() throws Exception {
        mvc.perform(get("/api/v1/programs").with(httpBasic("weihai.leader", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(5)))
                .andExpect(jsonPath("$[?(@.code == 'weihai-2024')].jurisdictionCode")
                        .value("3710"))
                .andExpect(jsonPath("$[?(@.code == 'weihai-2024')].taskCount").value(18))
                .andExpect(jsonPath("$[?(@.code == 'zibo-2024')].status").value("IN_FORCE"))
                .andExpect(jsonPath("$[?(@.code == 'yantai-2016')].status").value("ENDED"));
    }

    @Test
    void programDetailCarriesIndicatorsAndOneEntryPerNumberedTask() throws Exception {
        mvc.perform(get("/api/v1/programs/weihai-2024").with(httpBasic("weihai.leader", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.documentNumber").value("威政字〔2024〕6号"))
                .andExpect(jsonPath("$.tasks", hasSize(18)))
                .andExpect(jsonPath("$.tasks[2].number").value("3"))
                .andExpect(jsonPath("$.tasks[2].units[0]").value("市法院"))
                .andExpect(jsonPath("$.tasks[2].lead").value("市法院"))
                .andExpect(jsonPath("$.indicators[?(@.name == '每万人口高价值发明专利拥有量')].target")
                        .value(12))
                .andExpect(jsonPath("$.indicators[?(@.name == '每万人口高价值发明专利拥有量')].comparator")
                        .value("GE"))
                .andExpect(jsonPath("$.indicators[?(@.name == '每万人口高价值发明专利拥有量')].attribute")
                        .value("EXPECTED"))
                .andExpect(jsonPath("$.indicators[?(@.name == '每万人口高价值发明专利拥有量')].measure")
                        .value("hv_invention_patents_per_10k"));
    }

    @Test
    void storesTargetsInBaseUnits() throws Exception {
        // 有效注册商标数量达到9万件: written 9 万件, stored 90000 件
        mvc.perform(get("/api/v1/programs/weihai-2024").with(httpBasic("weihai.leader", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.indicators[?(@.measure == 'valid_trademarks')].unit")
                        .value("万件"))
                .andExpect(jsonPath("$.indicators[?(@.measure == 'valid_trademarks')].targetInBaseUnit")
                        .value(90000))
                .andExpect(jsonPath("$.indicators[?(@.measure == 'valid_trademarks')].baseUnit")
                        .value("件"));
    }

    @Test
    void ziboRecordsWhatItSupersedes() throws Exception {
        mvc.perform(get("/api/v1/programs/zibo-2024").with(httpBasic("weihai.leader", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.supersedes[0].documentNumber").value("淄政办发〔2022〕8号"));
    }

    @Test
    void unknownProgramIs404NamingTheCode() throws Exception {
        mvc.perform(get("/api/v1/programs/no-such-program").with(httpBasic("weihai.leader", DEMO_PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("no-such-program"))
                .andExpect(jsonPath("$.detail", containsString("no-such-program")));
    }

    @Test
    void sourceDocumentIsServed() throws Exception {
        mvc.perform(get("/api/v1/programs/yantai-2016/source").with(httpBasic("weihai.leader", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("烟政办发〔2015〕71号")));
    }

    @Test
    void anUnknownProgramPageSaysWhichCodeIsUnknown() throws Exception {
        mvc.perform(get("/programs/no-such-program").with(httpBasic("weihai.leader", DEMO_PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("no-such-program")))
                .andExpect(content().string(containsString("未找到工作方案")));
    }

    @Test
    void anonymousClientsAreRefused() throws Exception {
        mvc.perform(get("/api/v1/programs")).andExpect(status().isUnauthorized());
    }
}
