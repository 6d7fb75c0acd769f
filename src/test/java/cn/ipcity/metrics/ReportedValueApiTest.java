package cn.ipcity.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.ipcity.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The reported-value flow per role. Each test uses its own program/indicator/year, since all tests share one
 * database. 威海 (weihai-2024) names 市科技局 (weihai.kjj); 环翠区 (huancui-2024) names 区科技局 (huancui.kjj).
 */
class ReportedValueApiTest extends IntegrationTest {

    static final String WEIHAI = "/api/v1/programs/weihai-2024/indicators/";
    static final String HUANCUI = "/api/v1/programs/huancui-2024/indicators/";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportedValues reportedValues;

    /**
     * Signed in as the user without a password check (each HTTP Basic request costs a BCrypt hash); the server
     * still reads role and scope of that user from the database. One request below uses real HTTP Basic.
     */
    static RequestPostProcessor as(String user) {
        RequestPostProcessor signedIn = user(user);
        return request -> csrf().postProcessRequest(signedIn.postProcessRequest(request));
    }

    ResultActions create(String user, String base, int year, String value, String unit) throws Exception {
        return mvc.perform(post(base)
                .with(as(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"year\": " + year + ", \"value\": " + value + ", \"unit\": \"" + unit
                        + "\", \"evidence\": \"2024年度统计报表\"}"));
    }

    ResultActions update(String user, String base, int year, String value, String unit, int version) throws Exception {
        return mvc.perform(put(base + "/" + year)
                .with(as(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\": " + value + ", \"unit\": \"" + unit + "\", \"evidence\": \"更正后的报表\","
                        + " \"version\": " + version + "}"));
    }

    ResultActions act(String user, String base, int year, String action, int version, String comment) throws Exception {
        String body = "{\"version\": " + version + (comment == null ? "" : ", \"comment\": \"" + comment + "\"") + "}";
        return mvc.perform(post(base + "/" + year + "/" + action)
                .with(as(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    static int version(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.version");
    }

    @Test
    void theWholeFlowIsAuditedAndAnApprovedValueIsLocked() throws Exception {
        String base = WEIHAI + "patent-attorneys/reported-values";
        int v = version(create("weihai.kjj", base, 2024, "80", "名")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.unitName").value("市科技局"))
                .andExpect(jsonPath("$.value").value(80)));
        assertThat(v).isZero();
        v = version(update("weihai.kjj", base, 2024, "82", "名", v).andExpect(status().isOk()));
        v = version(act("weihai.kjj", base, 2024, "submit", v, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SUBMITTED")));
        v = version(act("weihai.officer", base, 2024, "return", v, "请附执业证书名单")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RETURNED"))
                .andExpect(jsonPath("$.reviewComment").value("请附执业证书名单"))
                .andExpect(jsonPath("$.reviewedBy").value("weihai.officer")));
        v = version(update("weihai.kjj", base, 2024, "83", "名", v).andExpect(status().isOk()));
        v = version(act("weihai.kjj", base, 2024, "submit", v, null).andExpect(status().isOk()));
        v = version(act("weihai.officer", base, 2024, "approve", v, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("APPROVED")));
        // approved values count for progress: 83 名 dated at the end of 2024
        assertThat(reportedValues
                        .approvedSeries("weihai-2024", "patent-attorneys")
                        .observations())
                .containsExactly(Observation.of("2024-12-31", "83"));
        // locked: no edit, no resubmission, no second approval
        update("weihai.kjj", base, 2024, "90", "名", v).andExpect(status().isConflict());
        act("weihai.kjj", base, 2024, "submit", v, null).andExpect(status().isConflict());
        act("weihai.officer", base, 2024, "approve", v, null).andExpect(status().isConflict());
        act("weihai.officer", base, 2024, "return", v, "x").andExpect(status().isConflict());
        // the correction flow: the officer reopens it with a reason
        act("weihai.officer", base, 2024, "reopen", v, "统计口径有误")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RETURNED"));
        assertThat(reportedValues
                        .approvedSeries("weihai-2024", "patent-attorneys")
                        .observations())
                .isEmpty();
        List<String> actions = jdbc.sql("select action from audit_log where entity_type = 'reported_value'"
                        + " and entity_key = 'weihai-2024/patent-attorneys/2024' order by id")
                .query(String.class)
                .list();
        assertThat(actions)
                .containsExactly(
                        "REPORTED_VALUE_CREATED",
                        "REPORTED_VALUE_UPDATED",
                        "REPORTED_VALUE_SUBMITTED",
                        "REPORTED_VALUE_RETURNED",
                        "REPORTED_VALUE_UPDATED",
                        "REPORTED_VALUE_SUBMITTED",
                        "REPORTED_VALUE_APPROVED",
                        "REPORTED_VALUE_REOPENED");
        String approvedAfter = jdbc.sql("select after_state::text from audit_log where entity_key ="
                        + " 'weihai-2024/patent-attorneys/2024' and action = 'REPORTED_VALUE_APPROVED'")
                .query(String.class)
                .single();
        assertThat(approvedAfter).contains("\"APPROVED\"").contains("\"83\"");
        mvc.perform(get(base).with(httpBasic("shandong.viewer", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].year").value(2024))
                .andExpect(jsonPath("$[0].state").value("RETURNED"));
    }

    @ParameterizedTest(name = "{0} may not enter values of 威海's program")
    @ValueSource(strings = {"huancui.kjj", "weihai.officer", "weihai.leader", "shandong.viewer", "admin"})
    void onlyReportersOfANamedUnitEnterValues(String user) throws Exception {
        create(user, WEIHAI + "ip-service-clusters/reported-values", 2024, "1", "个")
                .andExpect(status().isForbidden());
    }

    @Test
    void aReporterEntersOnceAYear() throws Exception {
        String base = WEIHAI + "ip-service-clusters/reported-values";
        create("weihai.kjj", base, 2025, "1", "个").andExpect(status().isCreated());
        create("weihai.kjj", base, 2025, "2", "个").andExpect(status().isConflict());
    }

    @Test
    void onlyTheValuesUnitEditsAndSubmits() throws Exception {
        String base = WEIHAI + "champion-specialised-gazelle-enterprises/reported-values";
        int v = version(create("weihai.kjj", base, 2024, "850", "家").andExpect(status().isCreated()));
        update("huancui.kjj", base, 2024, "851", "家", v).andExpect(status().isForbidden());
        update("weihai.officer", base, 2024, "851", "家", v).andExpect(status().isForbidden());
        update("weihai.leader", base, 2024, "851", "家", v).andExpect(status().isForbidden());
        act("weihai.officer", base, 2024, "submit", v, null).andExpect(status().isForbidden());
        act("weihai.leader", base, 2024, "submit", v, null).andExpect(status().isForbidden());
        act("huancui.kjj", base, 2024, "submit", v, null).andExpect(status().isForbidden());
        // a draft cannot be approved or returned
        act("weihai.officer", base, 2024, "approve", v, null).andExpect(status().isConflict());
        act("weihai.officer", base, 2024, "return", v, "x").andExpect(status().isConflict());
        act("weihai.kjj", base, 2024, "submit", v, null).andExpect(status().isOk());
        // a stale version is refused
        act("weihai.officer", base, 2024, "approve", v, null).andExpect(status().isConflict());
    }

    @Test
    void onlyOfficersOverTheProgramsJurisdictionReview() throws Exception {
        String base = WEIHAI + "champion-specialised-gazelle-enterprises/reported-values";
        int v = version(create("weihai.kjj", base, 2025, "870", "家"));
        v = version(act("weihai.kjj", base, 2025, "submit", v, null));
        for (String user : List.of("huancui.officer", "yantai.officer", "weihai.kjj", "weihai.leader")) {
            act(user, base, 2025, "approve", v, null).andExpect(status().isForbidden());
            act(user, base, 2025, "return", v, "x").andExpect(status().isForbidden());
        }
        act("weihai.officer", base, 2025, "return", v, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("comment"));
        // a submitted value cannot be reopened, only an approved one
        act("weihai.officer", base, 2025, "reopen", v, "x").andExpect(status().isConflict());
        act("admin", base, 2025, "approve", v, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reviewedBy").value("admin"));
    }

    @Test
    void aCityOfficerReviewsItsDistrictsProgram() throws Exception {
        String base = HUANCUI + "talent-training-sessions/reported-values";
        int v = version(create("huancui.kjj", base, 2024, "6", "次").andExpect(status().isCreated()));
        v = version(act("huancui.kjj", base, 2024, "submit", v, null));
        act("zibo.officer", base, 2024, "approve", v, null).andExpect(status().isForbidden());
        // weihai.kjj's unit is not named by 环翠区's program
        create("weihai.kjj", base, 2025, "6", "次").andExpect(status().isForbidden());
        act("weihai.officer", base, 2024, "approve", v, null).andExpect(status().isOk());
    }

    @Test
    void entriesAreValidated() throws Exception {
        String base = HUANCUI + "enforcement-closure-rate/reported-values";
        create("huancui.kjj", base, 2024, "96", "件")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("unit"));
        create("huancui.kjj", base, 2024, "101", "%")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("value"));
        create("huancui.kjj", base, 2023, "96", "%")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("year"));
        create("huancui.kjj", base, 2024, "\"abc\"", "%").andExpect(status().isBadRequest());
        // qualitative and unknown indicators
        create("huancui.kjj", HUANCUI + "own-brands-growth/reported-values", 2024, "1", "%")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("indicatorCode"));
        create("huancui.kjj", HUANCUI + "no-such-indicator/reported-values", 2024, "1", "%")
                .andExpect(status().isNotFound());
        // a computed indicator is not reported
        create("huancui.kjj", HUANCUI + "valid-trademarks/reported-values", 2024, "1", "万件")
                .andExpect(status().isBadRequest());
        int v = version(create("huancui.kjj", base, 2024, "96.5", "%").andExpect(status().isCreated()));
        mvc.perform(put(base + "/2024")
                        .with(as("huancui.kjj"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\": 97, \"unit\": \"%\", \"evidence\": \"e\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("version"));
        update("huancui.kjj", base, 2024, "97", "%", v + 1).andExpect(status().isConflict());
    }

    @Test
    void ofTwoConcurrentApprovalsOneWins() throws Exception {
        String base = HUANCUI + "ip-training-persons/reported-values";
        int v = version(create("huancui.kjj", base, 2024, "240", "人次"));
        int submitted = version(act("huancui.kjj", base, 2024, "submit", v, null));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (String officer : List.of("weihai.officer", "huancui.officer")) {
                Callable<Integer> approve = () -> {
                    start.await();
                    return act(officer, base, 2024, "approve", submitted, null)
                            .andReturn()
                            .getResponse()
                            .getStatus();
                };
                results.add(pool.submit(approve));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from audit_log where entity_key = 'huancui-2024/ip-training-persons/2024'"
                                + " and action = 'REPORTED_VALUE_APPROVED'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
