package cn.ipcity.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.ipcity.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The final evaluation of 烟台 2022–2024 from reported values stored by SQL (no demo reporter exists there). */
class ProgramProgressTest extends IntegrationTest {

    @Autowired
    ProgramProgress progress;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    void store(String indicator, int year, String valueBase, String unit, String state) {
        long unitId = jdbc.sql("select min(id) from government_unit where jurisdiction_code = '370600'")
                .query(Long.class)
                .single();
        jdbc.sql(
                        """
                        insert into reported_value (program_code, indicator_code, year, value_base, unit, evidence, state,
                            unit_id, reported_by)
                        values ('yantai-2022', ?, ?, cast(? as numeric), ?, '测试数据', ?, ?, 'test')
                        on conflict do nothing""")
                .params(indicator, year, valueBase, unit, state, unitId)
                .update();
    }

    @Test
    void yantai2022FinalEvaluation() throws Exception {
        store("ip-training-per-year", 2022, "1200", "人次", "APPROVED");
        store("ip-training-per-year", 2023, "1100", "人次", "APPROVED");
        store("ip-training-per-year", 2024, "1000", "人次", "APPROVED");
        store("ip-protection-satisfaction", 2024, "86", "分", "APPROVED");
        store("ip-operation-centres", 2024, "5", "个", "APPROVED");
        // submitted, not approved: does not count
        store("ip-operation-fund-size", 2024, "150000000", "亿元", "SUBMITTED");

        Map<String, IndicatorProgress> byCode = progress.of("yantai-2022", LocalDate.parse("2026-11-21")).stream()
                .collect(Collectors.toMap(IndicatorProgress::indicator, Function.identity()));
        // 1200, 1100, 1000 all ≥ 1000 (the last exactly on target)
        Progress training = byCode.get("ip-training-per-year").progress();
        assertThat(training.isFinal()).isTrue();
        assertThat(training.status()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(training.years()).extracting(Progress.YearResult::met).containsExactly(true, true, true);
        assertThat(byCode.get("ip-protection-satisfaction").progress().status()).isEqualTo(ProgressStatus.ACHIEVED);
        // 5 < 6 operation centres at the end of 2024
        assertThat(byCode.get("ip-operation-centres").progress().status()).isEqualTo(ProgressStatus.NOT_ACHIEVED);
        Progress fund = byCode.get("ip-operation-fund-size").progress();
        assertThat(fund.status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(fund.reason()).isEqualTo("NO_VALUE_AT_PERIOD_END");
        // computed from the registry (its figures are checked in RegistryMeasuresTest)
        IndicatorProgress hv = byCode.get("hv-invention-per-10k");
        assertThat(hv.source()).isEqualTo(IndicatorProgress.Source.MEASURE);
        assertThat(hv.progress()).isNotNull();
        // qualitative indicators are not listed
        assertThat(byCode).doesNotContainKey("patent-intensive-industry-share");

        mvc.perform(get("/api/v1/programs/yantai-2022/progress?asOf=2026-11-21")
                        .with(httpBasic("yantai.officer", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.indicator == 'ip-training-per-year')].progress.status")
                        .value(org.hamcrest.Matchers.hasItem("ACHIEVED")))
                .andExpect(jsonPath("$[?(@.indicator == 'hv-invention-per-10k')].source")
                        .value(org.hamcrest.Matchers.hasItem("MEASURE")));
    }

    @Test
    void quarterEndsUpToTheAsOfDate() {
        assertThat(MeasureSeries.quarterEnds(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-08-15")))
                .containsExactly(
                        LocalDate.parse("2024-03-31"), LocalDate.parse("2024-06-30"), LocalDate.parse("2024-08-15"));
        assertThat(MeasureSeries.quarterEnds(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31")))
                .hasSize(4)
                .endsWith(LocalDate.parse("2024-12-31"));
        assertThat(MeasureSeries.quarterEnds(LocalDate.parse("2024-01-01"), LocalDate.parse("2023-12-31")))
                .isEqualTo(List.of());
    }
}
