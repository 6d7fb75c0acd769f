package cn.ipcity.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.ipcity.IntegrationTest;
import cn.ipcity.common.ChineseCodes;
import cn.ipcity.registry.RightState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * {@link HighValuePatents#assess}, the explanation API and page, and the pledge thresholds, on patents inserted
 * with SQL (numbers 2015109977xx … with valid check digits, used by no other test). The default threshold is
 * 10,000,000 元 from 1985-04-01; thresholds entered here lie in 2098 and 2099 so that no other figure changes.
 */
class HighValuePatentsTest extends IntegrationTest {

    /** SEI (G06F 11/30 → rule 1.1/1 on CSV line 2), filed 2015-03-10, granted 2018-06-05, 环翠区 → 芝罘区 2022-04-12. */
    static final String SEI = number("201510997701");
    /** A utility model with the same SEI symbol. */
    static final String UTILITY = number("201520997702");
    /** No SEI (A47G 19/22), filed 2012-02-29, granted 2014-08-01, lapsed 2023-03-15: maintained > 10 years from 2022-03-01. */
    static final String LEAP = number("201210997703");
    /**
     * No SEI, filed 2016-05-20, granted 2019-01-08; family member US granted; pledge of exactly 10,000,000 元 on
     * 2020-07-07 released 2021-07-06; 第二十三届中国专利金奖 (2022 → from 2022-12-31); transferred to a foreign holder
     * on 2024-02-02.
     */
    static final String PLEDGED = number("201610997704");
    /** Valid check digit, never inserted. */
    static final String UNKNOWN = number("201510997799");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HighValuePatents highValue;

    static String number(String body) {
        return body + "." + ChineseCodes.applicationCheckDigit(body);
    }

    static RequestPostProcessor as(String username) {
        RequestPostProcessor signedIn = user(username);
        return request -> csrf().postProcessRequest(signedIn.postProcessRequest(request));
    }

    @BeforeEach
    void patents() {
        patent(SEI, "INVENTION", "2015-03-10", "{\"G06F 11/30\"}", "一种服务器故障检测方法", "[]", "{}", "威海高价值测试甲有限公司");
        event(SEI, "2018-06-05", "GRANT", null, null, null, null);
        event(SEI, "2022-04-12", "TRANSFER", "烟台高价值测试乙有限公司", "370602", true, null);
        patent(UTILITY, "UTILITY_MODEL", "2015-04-01", "{\"G06F 11/30\"}", "一种服务器机箱", "[]", "{}", "威海高价值测试甲有限公司");
        event(UTILITY, "2015-09-01", "GRANT", null, null, null, null);
        patent(LEAP, "INVENTION", "2012-02-29", "{\"A47G 19/22\"}", "一种保温杯", "[]", "{}", "威海高价值测试甲有限公司");
        event(LEAP, "2014-08-01", "GRANT", null, null, null, null);
        event(LEAP, "2023-03-15", "LAPSE", null, null, null, null);
        patent(
                PLEDGED,
                "INVENTION",
                "2016-05-20",
                "{\"A47G 19/22\"}",
                "一种折叠水杯",
                "[{\"office\":\"US\",\"number\":\"US11234567B2\",\"granted\":true},"
                        + "{\"office\":\"EP\",\"number\":\"EP3456789A1\",\"granted\":false}]",
                "{\"第二十三届中国专利金奖\"}",
                "威海高价值测试甲有限公司");
        event(PLEDGED, "2019-01-08", "GRANT", null, null, null, null);
        event(PLEDGED, "2020-07-07", "PLEDGE", null, null, null, new BigDecimal("10000000.00"));
        event(PLEDGED, "2021-07-06", "PLEDGE_RELEASE", null, null, null, new BigDecimal("10000000.00"));
        event(PLEDGED, "2024-02-02", "TRANSFER", "Acme Cups Inc.", null, false, null);
    }

    void patent(
            String number,
            String type,
            String filed,
            String ipc,
            String title,
            String family,
            String awards,
            String holder) {
        LocalDate filing = LocalDate.parse(filed);
        jdbc.sql(
                        """
                        insert into patent (application_number, type, title, abstract, filing_date, term_end, ipc_symbols,
                                            applicants, applicant_jurisdiction_code, applicant_attribution,
                                            applicant_domestic, family_members, awards)
                        values (?, ?, ?, '', ?, ?, cast(? as text[]), array[?], '371002', 'ADDRESS', true,
                                cast(? as jsonb), cast(? as text[]))
                        on conflict do nothing""")
                .params(
                        number,
                        type,
                        title,
                        filing,
                        filing.plusYears(type.equals("INVENTION") ? 20 : 10),
                        ipc,
                        holder,
                        family,
                        awards)
                .update();
    }

    void event(
            String number,
            String date,
            String code,
            String holder,
            String county,
            Boolean domestic,
            BigDecimal amount) {
        jdbc.sql(
                        """
                        insert into patent_event (application_number, event_date, code, new_holders,
                                                  holder_jurisdiction_code, holder_attribution, holder_domestic,
                                                  pledge_amount, pledgee, counterpart)
                        values (?, ?, ?, case when cast(? as text) is null then null else array[cast(? as text)] end,
                                ?, ?, ?, ?, ?, ?)
                        on conflict do nothing""")
                .params(
                        number,
                        LocalDate.parse(date),
                        code,
                        holder,
                        holder,
                        county,
                        holder == null ? null : (county != null ? "ADDRESS" : "FOREIGN"),
                        domestic,
                        amount,
                        amount == null ? null : "威海银行",
                        amount == null ? (holder == null ? "" : holder) : "威海银行")
                .update();
    }

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void aValidSeiInventionCountsWithItsRuleHolderAndCountyAtTheDate() {
        HighValueAssessment a = highValue.assess(SEI, d("2021-12-31"));
        assertThat(a.highValue()).isTrue();
        assertThat(a.validInvention()).isTrue();
        assertThat(a.criteriaHeld()).containsExactly(HighValueCriterion.SEI);
        assertThat(a.sei().since()).isEqualTo("2015-03-10");
        assertThat(a.sei().matches()).singleElement().satisfies(m -> {
            assertThat(m.branchCode()).isEqualTo("1.1");
            assertThat(m.ruleNo()).isEqualTo(1);
            assertThat(m.line()).isEqualTo(2);
            assertThat(m.pattern()).isEqualTo("G06F11*");
            assertThat(m.symbol()).isEqualTo("G06F11/30");
        });
        assertThat(a.holders()).containsExactly("威海高价值测试甲有限公司");
        assertThat(a.jurisdictionCode()).isEqualTo("371002");
        assertThat(a.jurisdictionName()).isEqualTo("环翠区");
        // 2015-03-10 → 2021-12-31: 6 years (2021-03-10), 9 months (2021-12-10), 21 days
        assertThat(a.maintained().years()).isEqualTo(6);
        assertThat(a.maintained().months()).isEqualTo(9);
        assertThat(a.maintained().days()).isEqualTo(21);
        assertThat(a.maintained().held()).isFalse();
        assertThat(a.maintained().since()).isEqualTo("2025-03-11");
        // the transfer of 2022-04-12 moves it to 芝罘区 (烟台)
        HighValueAssessment later = highValue.assess(SEI, d("2022-12-31"));
        assertThat(later.highValue()).isTrue();
        assertThat(later.holders()).containsExactly("烟台高价值测试乙有限公司");
        assertThat(later.jurisdictionCode()).isEqualTo("370602");
        assertThat(later.jurisdictionName()).isEqualTo("芝罘区");
        // before the grant it is only an application: SEI holds, but it does not count
        HighValueAssessment pending = highValue.assess(SEI, d("2018-06-04"));
        assertThat(pending.state()).isEqualTo(RightState.PENDING);
        assertThat(pending.sei().held()).isTrue();
        assertThat(pending.highValue()).isFalse();
    }

    @Test
    void aUtilityModelNeverCounts() {
        HighValueAssessment a = highValue.assess(UTILITY, d("2020-01-01"));
        assertThat(a.state()).isEqualTo(RightState.VALID);
        assertThat(a.sei().held()).isTrue();
        assertThat(a.validInvention()).isFalse();
        assertThat(a.highValue()).isFalse();
    }

    @Test
    void aLeapDayFilingCountsFromTheFirstOfMarchAndStopsWhenItLapses() {
        // filed 2012-02-29: the 10th anniversary is 2022-02-28 (does not count), from 2022-03-01 it counts
        HighValueAssessment anniversary = highValue.assess(LEAP, d("2022-02-28"));
        assertThat(anniversary.state()).isEqualTo(RightState.VALID);
        assertThat(anniversary.maintained().held()).isFalse();
        assertThat(anniversary.maintained().tenthAnniversary()).isEqualTo("2022-02-28");
        assertThat(anniversary.criteriaHeld()).isEmpty();
        assertThat(anniversary.highValue()).isFalse();
        HighValueAssessment next = highValue.assess(LEAP, d("2022-03-01"));
        assertThat(next.criteriaHeld()).containsExactly(HighValueCriterion.MAINTAINED_10_YEARS);
        assertThat(next.highValue()).isTrue();
        // lapsed on 2023-03-15: the condition still holds, the patent is no longer valid
        HighValueAssessment lapsed = highValue.assess(LEAP, d("2023-03-15"));
        assertThat(lapsed.state()).isEqualTo(RightState.LAPSED);
        assertThat(lapsed.maintained().held()).isTrue();
        assertThat(lapsed.highValue()).isFalse();
    }

    @Test
    void pledgeFamilyAndAwardWithTheDefaultThresholdAndAForeignHolder() {
        // 2021-12-31: family (from filing) and the pledge of 2020-07-07 (exactly 10,000,000 元 = the default; the
        // release of 2021-07-06 does not undo it); the award of the 23rd session counts only from 2022-12-31
        HighValueAssessment a = highValue.assess(PLEDGED, d("2021-12-31"));
        assertThat(a.criteriaHeld())
                .containsExactly(HighValueCriterion.FAMILY_ABROAD_GRANTED, HighValueCriterion.PLEDGE_THRESHOLD);
        assertThat(a.highValue()).isTrue();
        assertThat(a.familyAbroad().since()).isEqualTo("2016-05-20");
        assertThat(a.familyAbroad().members())
                .extracting(HighValueAssessment.FamilyMember::number, HighValueAssessment.FamilyMember::granted)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("US11234567B2", true),
                        org.assertj.core.groups.Tuple.tuple("EP3456789A1", false));
        assertThat(a.pledge().since()).isEqualTo("2020-07-07");
        assertThat(a.pledge().pledges()).singleElement().satisfies(p -> {
            assertThat(p.amountYuan()).isEqualByComparingTo("10000000");
            assertThat(p.thresholdYuan()).isEqualByComparingTo("10000000");
            assertThat(p.thresholdUnconfirmed()).isTrue();
            assertThat(p.qualifies()).isTrue();
            assertThat(p.pledgee()).isEqualTo("威海银行");
        });
        assertThat(a.pledge().thresholdAtAsOfUnconfirmed()).isTrue();
        assertThat(a.award().held()).isFalse();
        assertThat(a.award().since()).isEqualTo("2022-12-31");
        assertThat(a.award().awards()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo("CHINA_PATENT_AWARD");
            assertThat(w.year()).isEqualTo(2022);
        });
        assertThat(highValue.assess(PLEDGED, d("2022-12-31")).criteriaHeld())
                .containsExactly(
                        HighValueCriterion.FAMILY_ABROAD_GRANTED,
                        HighValueCriterion.PLEDGE_THRESHOLD,
                        HighValueCriterion.AWARD);
        // transferred abroad on 2024-02-02: the conditions hold, but a foreign holder's patent does not count
        HighValueAssessment foreign = highValue.assess(PLEDGED, d("2024-06-30"));
        assertThat(foreign.domesticHolder()).isFalse();
        assertThat(foreign.jurisdictionCode()).isNull();
        assertThat(foreign.criteriaHeld()).hasSize(3);
        assertThat(foreign.highValue()).isFalse();
    }

    @Test
    void theExplanationApiAndItsErrors() throws Exception {
        mvc.perform(get("/api/v1/patents/" + SEI + "/high-value")
                        .param("asOf", "2021-12-31")
                        .with(as("weihai.leader")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.highValue").value(true))
                .andExpect(jsonPath("$.criteriaHeld[0]").value("SEI"))
                .andExpect(jsonPath("$.sei.matches[0].branchCode").value("1.1"))
                .andExpect(jsonPath("$.sei.matches[0].line").value(2))
                .andExpect(jsonPath("$.jurisdictionCode").value("371002"))
                .andExpect(jsonPath("$.maintained.since").value("2025-03-11"));
        // the number may be written with the CN prefix and without the dot
        mvc.perform(get("/api/v1/patents/CN" + SEI.replace(".", "") + "/high-value")
                        .with(as("weihai.leader")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applicationNumber").value(SEI));
        mvc.perform(get("/api/v1/patents/" + UNKNOWN + "/high-value").with(as("weihai.leader")))
                .andExpect(status().isNotFound());
        char check = SEI.charAt(SEI.length() - 1);
        String wrongCheck =
                SEI.substring(0, SEI.length() - 1) + (check == '9' || check == 'X' ? '0' : (char) (check + 1));
        mvc.perform(get("/api/v1/patents/" + wrongCheck + "/high-value").with(as("weihai.leader")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("applicationNumber")));
        mvc.perform(get("/api/v1/patents/" + SEI + "/high-value")
                        .param("asOf", "2024-13-01")
                        .with(as("weihai.leader")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("asOf")));
    }

    ResultActions postThreshold(String username, String body) throws Exception {
        return mvc.perform(post("/api/v1/high-value/pledge-thresholds")
                .with(as(username))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void onlyAdministratorsEnterValidThresholdsWhichAreAuditedAndTakeEffect() throws Exception {
        String fingerprintBefore = highValue.rules().fingerprint();
        postThreshold("weihai.officer", "{\"validFrom\": \"2099-01-01\", \"amountYuan\": 3000000}")
                .andExpect(status().isForbidden());
        postThreshold("weihai.leader", "{\"validFrom\": \"2099-01-01\", \"amountYuan\": 3000000}")
                .andExpect(status().isForbidden());
        postThreshold("admin", "{\"validFrom\": \"2099-01-01\", \"amountYuan\": -5}")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("amountYuan")));
        postThreshold("admin", "{\"validFrom\": \"2099-01-01\", \"amountYuan\": 0}")
                .andExpect(status().isBadRequest());
        postThreshold("admin", "{\"validFrom\": \"2099-01-01\", \"amountYuan\": 1.234}")
                .andExpect(status().isBadRequest());
        postThreshold("admin", "{\"amountYuan\": 3000000}")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("validFrom")));
        postThreshold("admin", "{\"validFrom\": \"1980-01-01\", \"amountYuan\": 3000000}")
                .andExpect(status().isBadRequest());
        assertThat(highValue.rules().fingerprint()).isEqualTo(fingerprintBefore);

        postThreshold("admin", "{\"validFrom\": \"2099-01-01\", \"amountYuan\": 3000000, \"note\": \"测试\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.validFrom").value("2099-01-01"))
                .andExpect(jsonPath("$.enteredBy").value("admin"))
                .andExpect(jsonPath("$.unconfirmedDefault").value(false));
        // the rules in force were rebuilt after the commit (HighValueRulesChanged)
        HighValueRules rules = highValue.rules();
        assertThat(rules.fingerprint()).isNotEqualTo(fingerprintBefore).contains("2099-01-01=3000000");
        assertThat(rules.pledgeThresholdAt(d("2099-06-01"))).isEqualByComparingTo("3000000");
        assertThat(rules.pledgeThresholdAt(d("2097-12-31"))).isEqualByComparingTo("10000000");
        // entering the date again replaces the amount; the audit log keeps before and after
        postThreshold("admin", "{\"validFrom\": \"2099-01-01\", \"amountYuan\": 4000000.50}")
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/high-value/pledge-thresholds").with(as("weihai.leader")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].validFrom").value("1985-04-01"))
                .andExpect(jsonPath("$[0].unconfirmedDefault").value(true))
                .andExpect(
                        jsonPath("$[?(@.validFrom == '2099-01-01')].amountYuan").value(4000000.5));
        List<String> audit = jdbc.sql(
                        "select coalesce(before_state ->> 'amountYuan', '-') || '→' || (after_state ->> 'amountYuan')"
                                + " from audit_log where action = 'PLEDGE_THRESHOLD_SET' and entity_key = '2099-01-01'"
                                + " and actor = 'admin' order by id")
                .query(String.class)
                .list();
        assertThat(audit).containsExactly("-→3000000.00", "3000000.00→4000000.50");
        assertThat(highValue.rules().pledgeThresholdAt(d("2099-01-01"))).isEqualByComparingTo("4000000.5");
    }

    @Test
    void theWhyItCountsPageAndTheSettingsPage() throws Exception {
        mvc.perform(get("/metrics/patents/" + PLEDGED)
                        .param("asOf", "2021-12-31")
                        .with(as("weihai.leader")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-high-value=\"true\"")))
                .andExpect(content().string(containsString("id=\"threshold-assumption\"")))
                .andExpect(content().string(containsString("/registry/patents/" + PLEDGED + "?asOf=2021-12-31")))
                .andExpect(content().string(containsString("US11234567B2")))
                .andExpect(content().string(containsString("第二十三届中国专利金奖")));
        mvc.perform(get("/metrics/patents/" + LEAP).param("asOf", "2023-06-30").with(as("weihai.leader")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-high-value=\"false\"")))
                .andExpect(content().string(containsString("未缴年费终止")));
        mvc.perform(get("/metrics/patents")
                        .param("number", SEI)
                        .param("asOf", "2021-12-31")
                        .with(as("weihai.leader")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/metrics/patents/" + SEI + "?asOf=2021-12-31"));
        mvc.perform(get("/metrics/patents/" + UNKNOWN).with(as("weihai.leader")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/metrics/high-value").with(as("weihai.leader")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("默认值，待确认")))
                .andExpect(content().string(containsString(highValue.rules().seiVersion())))
                .andExpect(content().string(not(containsString("id=\"threshold-form\""))));
        mvc.perform(get("/metrics/high-value").with(as("admin")))
                .andExpect(content().string(containsString("id=\"threshold-form\"")));
        mvc.perform(post("/metrics/high-value/pledge-thresholds")
                        .with(as("admin"))
                        .param("validFrom", "2098-01-01")
                        .param("amountWan", "-1"))
                .andExpect(redirectedUrl("/metrics/high-value"))
                .andExpect(flash().attribute("error", containsString("金额必须大于0")));
        mvc.perform(post("/metrics/high-value/pledge-thresholds")
                        .with(as("weihai.officer"))
                        .param("validFrom", "2098-01-01")
                        .param("amountWan", "800"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/metrics/high-value/pledge-thresholds")
                        .with(as("admin"))
                        .param("validFrom", "2098-01-01")
                        .param("amountWan", "800"))
                .andExpect(flash().attribute("saved", true));
        // 800 万元 = 8,000,000 元
        assertThat(highValue.rules().pledgeThresholdAt(d("2098-06-01"))).isEqualByComparingTo("8000000");
    }
}
