package cn.ipcity.metrics;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.ipcity.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Measures and the SEI test through the API, on the shipped population figures. */
class MeasureApiTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void populationIsTheYearEndFigureAndAMissingYearIsMissing() throws Exception {
        // reference/population.csv: 威海 2023 = 2 913 600; 2022 has no figure
        mvc.perform(get("/api/v1/measures/resident_population?jurisdiction=3710&asOf=2023-12-31")
                        .with(httpBasic("weihai.leader", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value(2913600))
                .andExpect(jsonPath("$.availability").value("AVAILABLE"));
        // 2023-06-30 → the last year end before it, 2022: missing, not the 2023 or 2021 figure
        mvc.perform(get("/api/v1/measures/resident_population?jurisdiction=3710&asOf=2023-06-30")
                        .with(httpBasic("weihai.leader", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").doesNotExist())
                .andExpect(jsonPath("$.availability").value("MISSING"));
    }

    @Test
    void aMeasureWithoutSourceIsNotComputed() throws Exception {
        // 科技型中小企业 has no registry source
        mvc.perform(get("/api/v1/measures/tech_smes?jurisdiction=3710&asOf=2024-12-31")
                        .with(httpBasic("weihai.leader", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.availability").value("NOT_COMPUTED"))
                .andExpect(jsonPath("$.note").value("not computed yet: tech_smes"));
        mvc.perform(get("/api/v1/measures/no_such_measure?jurisdiction=3710&asOf=2024-12-31")
                        .with(httpBasic("weihai.leader", DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/measures/resident_population?jurisdiction=999999&asOf=2024-12-31")
                        .with(httpBasic("weihai.leader", DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void strategicEmergingIndustryTest() throws Exception {
        mvc.perform(post("/api/v1/high-value/strategic-emerging-industry")
                        .with(httpBasic("weihai.leader", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ipc\": [\"H03M 13/11\"], \"title\": \"一种基于区块链的纠错编码方法\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.matches[0].branchCode").value("1.2"))
                .andExpect(jsonPath("$.matches[1].branchCode").value("1.3"))
                .andExpect(jsonPath("$.matches[1].ruleNo").value(4))
                .andExpect(jsonPath("$.matches[1].keyTerm").value("区块链"))
                .andExpect(
                        jsonPath("$.tableVersion").value(org.hamcrest.Matchers.startsWith("sei-ipc-concordance-2021#")))
                .andExpect(jsonPath("$.keywordMode").value("KEYWORD_RULES"));
        mvc.perform(post("/api/v1/high-value/strategic-emerging-industry")
                        .with(httpBasic("weihai.leader", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ipc\": [\"G06F\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("ipc"));
    }
}
