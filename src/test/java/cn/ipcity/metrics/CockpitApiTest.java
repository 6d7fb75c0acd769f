package cn.ipcity.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.ipcity.IntegrationTest;
import cn.ipcity.program.Indicator;
import cn.ipcity.program.Programs;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The cockpit's JSON, pages and exports for 威海 2024–2026, read by its leader (VIEWER). */
class CockpitApiTest extends IntegrationTest {

    private static final String AS_OF = "2025-06-30";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Cockpit cockpit;

    @Autowired
    ProgramProgress progress;

    @Autowired
    Measures measures;

    @Autowired
    Programs programs;

    @BeforeEach
    void data() {
        CockpitFixtures.approvedSatisfaction2024(jdbc);
    }

    /** An indicator of 威海's program whose measure no source computes (on any branch, at least one remains). */
    private String notComputedIndicator() {
        return programs.get(CockpitFixtures.PROGRAM).numericIndicators().stream()
                .filter(i -> !i.isReported() && !measures.isComputable(i.measure()))
                .map(Indicator::code)
                .findFirst()
                .orElseThrow(() -> new AssertionError("every measure of weihai-2024 is computed: pick another case"));
    }

    @Test
    void cardsShowAnAvailableValueAndANotComputedOne() throws Exception {
        String card = "$.cards[?(@.indicator == '%s')].".formatted(CockpitFixtures.SATISFACTION);
        String none = "$.cards[?(@.indicator == '%s')].".formatted(notComputedIndicator());
        mvc.perform(get("/api/v1/programs/weihai-2024/cockpit?asOf=" + AS_OF)
                        .with(httpBasic("weihai.leader", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.program").value("weihai-2024"))
                .andExpect(jsonPath("$.asOf").value(AS_OF))
                // 88 approved for 2024 ≥ 85 while the period runs: on track (achieved only as the final result)
                .andExpect(jsonPath(card + "actual").value(hasItem(88)))
                .andExpect(jsonPath(card + "actualDate").value(hasItem("2024-12-31")))
                .andExpect(jsonPath(card + "status").value(hasItem("ON_TRACK")))
                .andExpect(jsonPath(card + "source").value(hasItem("REPORTED")))
                .andExpect(jsonPath(card + "text.actual").value(hasItem("88分")))
                .andExpect(jsonPath(card + "text.target").value(hasItem("85分")))
                // the survey chart: quarter ends 2024Q1..2026Q4, the score at 2024-12-31, the flat target 85
                .andExpect(jsonPath(card + "chart.unit").value(hasItem("分")))
                .andExpect(jsonPath(card + "chart.targetLevel").value(hasItem(85)))
                .andExpect(jsonPath(card + "chart.points.length()").value(hasItem(12)))
                .andExpect(jsonPath(card + "chart.points[3].actual").value(hasItem(88)))
                .andExpect(jsonPath(card + "chart.points[4].actual").value(hasItem(nullValue())))
                // not computed: no value at all (null, not 0), a dash as text, no chart
                .andExpect(jsonPath(none + "status").value(hasItem("NOT_COMPUTED")))
                .andExpect(jsonPath(none + "actual").value(hasItem(nullValue())))
                .andExpect(jsonPath(none + "achievement").value(hasItem(nullValue())))
                .andExpect(jsonPath(none + "text.actual").value(hasItem("—")))
                .andExpect(jsonPath(none + "chart").value(hasItem(nullValue())))
                // 威海's counties are compared, 环翠区 among them
                .andExpect(jsonPath("$.compareJurisdictions").value(hasItem("371002")));
    }

    @Test
    void statusesAreThoseOfTheProgressApi() {
        LocalDate asOf = LocalDate.parse(AS_OF);
        Map<String, IndicatorProgress> expected = progress.of(CockpitFixtures.PROGRAM, asOf).stream()
                .collect(Collectors.toMap(IndicatorProgress::indicator, Function.identity()));
        CockpitView view = cockpit.of(CockpitFixtures.PROGRAM, asOf);
        assertThat(view.cards()).hasSize(expected.size());
        for (CockpitView.Card card : view.cards()) {
            IndicatorProgress p = expected.get(card.indicator());
            String status = p.progress() == null
                    ? "NOT_COMPUTED"
                    : p.progress().status().name();
            assertThat(card.status().name()).as(card.indicator()).isEqualTo(status);
            assertThat(card.source()).isEqualTo(p.source().name());
            // only computed figures have records to drill into; 2025-06-30 lies inside the period
            assertThat(card.recordsTo() != null)
                    .as(card.indicator())
                    .isEqualTo(p.source() == IndicatorProgress.Source.MEASURE);
            if (p.progress() != null) {
                assertThat(card.actual()).isEqualTo(p.progress().actual());
                assertThat(card.achievement()).isEqualTo(p.progress().achievement());
                assertThat(card.forecast()).isEqualTo(p.progress().forecast());
            }
        }
    }

    @Test
    void everyProgramAtDatesBeforeInsideAndAfterItsPeriod() {
        for (var program : programs.all()) {
            for (String date : new String[] {"2015-06-30", "2020-12-31", "2024-02-29", "2026-11-21"}) {
                LocalDate asOf = LocalDate.parse(date);
                CockpitView view = cockpit.of(program.code(), asOf);
                assertThat(CockpitExport.xlsx(view)).isNotEmpty();
                assertThat(CockpitExport.csv(view)).isNotEmpty();
                for (CockpitView.Card card : view.cards()) {
                    String where = program.code() + " " + date + " " + card.indicator();
                    if (card.status() != CockpitView.Status.NOT_COMPUTED && asOf.isBefore(program.periodStart())) {
                        assertThat(card.status()).as(where).isEqualTo(CockpitView.Status.NOT_STARTED);
                    }
                    if (card.chart() != null) {
                        // the chart spans the whole period whatever the date: its last point is the period end
                        assertThat(card.chart()
                                        .points()
                                        .get(card.chart().points().size() - 1)
                                        .date())
                                .as(where)
                                .isEqualTo(program.periodEnd());
                    }
                }
            }
        }
    }

    @Test
    void countyProgramComparesTheCountiesOfItsCity() {
        CockpitView view = cockpit.of("huancui-2024", LocalDate.parse(AS_OF));
        // 威海 has 环翠区, 文登区, 荣成市 and 乳山市 (371002, 371003, 371082, 371083)
        assertThat(view.compareJurisdictions()).contains("371002", "371003", "371082", "371083");
        assertThat(view.compareMeasures())
                .extracting(CockpitView.MeasureOption::code)
                .contains("resident_population");
    }

    @Test
    void compareGivesAvailableAndMissingValues() throws Exception {
        // resident population at 2024-06-30 is the 2023 year-end figure: 威海 2 913 600 (291.36万人); 烟台 and
        // 淄博 have none for 2023 in the reference data → MISSING with a null value, not 0
        mvc.perform(
                        get("/api/v1/cockpit/compare?measure=resident_population&jurisdictions=3710,3706,3703&asOf=2024-06-30")
                                .with(httpBasic("shandong.viewer", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measures[0].measure").value("resident_population"))
                .andExpect(jsonPath("$.measures[0].chartUnit").value("万人"))
                .andExpect(jsonPath("$.measures[0].values[0].jurisdiction").value("3710"))
                .andExpect(jsonPath("$.measures[0].values[0].value").value(2913600))
                .andExpect(jsonPath("$.measures[0].values[0].availability").value("AVAILABLE"))
                .andExpect(jsonPath("$.measures[0].values[0].text").value("291.36万人"))
                .andExpect(jsonPath("$.measures[0].values[0].chartValue").value(291.36))
                .andExpect(jsonPath("$.measures[0].values[1].availability").value("MISSING"))
                .andExpect(jsonPath("$.measures[0].values[1].value").value(nullValue()))
                .andExpect(jsonPath("$.measures[0].values[2].text").value("—"));
    }

    @Test
    void compareRejectsUnknownMeasuresAndJurisdictions() throws Exception {
        mvc.perform(get("/api/v1/cockpit/compare?measure=no_such_measure&jurisdictions=3710")
                        .with(httpBasic("weihai.leader", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("measure")));
        mvc.perform(get("/api/v1/cockpit/compare?measure=resident_population&jurisdictions=9999")
                        .with(httpBasic("weihai.leader", DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cockpit/compare?measure=,&jurisdictions=3710")
                        .with(httpBasic("weihai.leader", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/programs/weihai-2024/cockpit?asOf=2025-13-01")
                        .with(httpBasic("weihai.leader", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("asOf")));
        mvc.perform(get("/api/v1/programs/no-such-program/cockpit").with(httpBasic("weihai.leader", DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/programs/weihai-2024/cockpit")).andExpect(status().isUnauthorized());
    }

    @Test
    void pagesAndExportsForAViewer() throws Exception {
        mvc.perform(get("/programs/weihai-2024/cockpit?asOf=" + AS_OF).with(user("weihai.leader")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("kpi st-ON_TRACK")))
                .andExpect(content().string(containsString("data-status=\"NOT_COMPUTED\"")))
                .andExpect(content().string(containsString("/echarts.min.js")))
                .andExpect(content().string(containsString("/programs/weihai-2024/cockpit.xlsx?asOf=" + AS_OF)));
        mvc.perform(get("/programs/weihai-2024").with(user("weihai.leader")))
                .andExpect(content().string(containsString("/programs/weihai-2024/cockpit")));
        mvc.perform(get("/cockpit/province?asOf=2024-06-30").with(user("shandong.viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("291.36万人")))
                .andExpect(content().string(containsString("availability-MISSING")));

        byte[] csv = mvc.perform(
                        get("/programs/weihai-2024/cockpit.csv?asOf=" + AS_OF).with(user("weihai.leader")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("cockpit-weihai-2024-2025-06-30.csv")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8))
                .contains("protection-satisfaction,知识产权保护社会满意度,88,,85,SURVEY_SCORE,≥,88,ON_TRACK,,分");

        byte[] xlsx = mvc.perform(
                        get("/programs/weihai-2024/cockpit.xlsx?asOf=" + AS_OF).with(user("weihai.leader")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            int rows = workbook.getSheetAt(0).getLastRowNum();
            assertThat(rows)
                    .isEqualTo(cockpit.of(CockpitFixtures.PROGRAM, LocalDate.parse(AS_OF))
                            .cards()
                            .size());
        }
    }
}
