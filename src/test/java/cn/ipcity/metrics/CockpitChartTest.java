package cn.ipcity.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipcity.program.Comparator;
import cn.ipcity.program.DisplayUnit;
import cn.ipcity.program.Indicator;
import cn.ipcity.program.IndicatorAttribute;
import cn.ipcity.program.TargetKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The cockpit's quarterly line charts, worked by hand for a 2024–2026 period (1096 days, 2024 a leap year). */
class CockpitChartTest {

    private static final LocalDate START = LocalDate.parse("2024-01-01");
    private static final LocalDate END = LocalDate.parse("2026-12-31");

    private static Indicator indicator(DisplayUnit unit, String target, TargetKind kind) {
        return new Indicator(
                "test",
                "测试指标",
                null,
                unit,
                new BigDecimal(target),
                kind,
                Comparator.GE,
                IndicatorAttribute.values()[0],
                "valid_invention_patents",
                "测试",
                null,
                null);
    }

    @Test
    void stockChartHasActualTrajectoryAndTarget() {
        IndicatorSeries series = IndicatorSeries.of(
                "6000",
                Observation.of("2024-03-31", "6100"),
                Observation.of("2024-06-30", "6300"),
                Observation.of("2024-08-15", "6400"));
        CockpitView.Chart chart = Cockpit.chart(
                START,
                END,
                indicator(DisplayUnit.JIAN, "7500", TargetKind.STOCK_AT_END),
                series,
                LocalDate.parse("2024-08-15"),
                "件");
        // largest value 7500 < 10 000: no scaling
        assertThat(chart.unit()).isEqualTo("件");
        assertThat(chart.targetLevel()).isEqualByComparingTo("7500");
        // the baseline point (2023-12-31), 12 quarter ends and the as-of date 2024-08-15
        assertThat(chart.points()).hasSize(14);
        CockpitView.Point baseline = chart.points().get(0);
        assertThat(baseline.date()).isEqualTo(LocalDate.parse("2023-12-31"));
        assertThat(baseline.actual()).isEqualByComparingTo("6000");
        assertThat(baseline.trajectory()).isEqualByComparingTo("6000");
        // 2024-12-31: 366 of 1096 days elapsed → 6000 + 1500 × 366/1096 = 6500.9124
        CockpitView.Point yearEnd = chart.points().stream()
                .filter(p -> p.date().equals(LocalDate.parse("2024-12-31")))
                .findFirst()
                .orElseThrow();
        assertThat(yearEnd.trajectory()).isEqualByComparingTo("6500.9124");
        // after the as-of date there are no actual values, only the plan
        assertThat(yearEnd.actual()).isNull();
        assertThat(chart.points().get(chart.points().size() - 1).trajectory()).isEqualByComparingTo("7500");
        assertThat(chart.points().get(3).date()).isEqualTo(LocalDate.parse("2024-08-15"));
        assertThat(chart.points().get(3).actual()).isEqualByComparingTo("6400");
    }

    @Test
    void incrementOfAFlowInYi() {
        // 30亿元 to be added; flows accumulate from the period start, baseline 0
        IndicatorSeries series = IndicatorSeries.of(
                "0", Observation.of("2024-03-31", "400000000"), Observation.of("2024-06-30", "900000000"));
        CockpitView.Chart chart = Cockpit.chart(
                START,
                END,
                indicator(DisplayUnit.YI_YUAN, "30", TargetKind.INCREMENT),
                series,
                LocalDate.parse("2024-06-30"),
                "元");
        assertThat(chart.unit()).isEqualTo("亿元");
        assertThat(chart.targetLevel()).isEqualByComparingTo("30");
        assertThat(chart.points().get(2).actual()).isEqualByComparingTo("9");
        // 2024-06-30: 182 of 1096 days → 30 × 182/1096 = 4.9818亿
        assertThat(chart.points().get(2).trajectory()).isEqualByComparingTo("4.9818");
    }

    @Test
    void incrementWithoutBaselineHasNoPlan() {
        IndicatorSeries series = new IndicatorSeries(null, java.util.List.of(Observation.of("2024-03-31", "10")));
        CockpitView.Chart chart = Cockpit.chart(
                START,
                END,
                indicator(DisplayUnit.JIAN, "100", TargetKind.INCREMENT),
                series,
                LocalDate.parse("2024-06-30"),
                "件");
        assertThat(chart.targetLevel()).isNull();
        assertThat(chart.points()).hasSize(12).allSatisfy(p -> assertThat(p.trajectory())
                .isNull());
    }

    @Test
    void compoundGrowthGrowsTheBaselineAtTheTargetRate() {
        // 20 % a year from 100 at the end of 2023: 120 at the end of 2024, 172.8 at the end of 2026
        IndicatorSeries series = IndicatorSeries.of("100", Observation.of("2024-12-31", "118"));
        CockpitView.Chart chart = Cockpit.chart(
                START,
                END,
                indicator(DisplayUnit.PERCENT, "20", TargetKind.CAGR),
                series,
                LocalDate.parse("2025-03-31"),
                "件");
        assertThat(chart.targetLevel()).isEqualByComparingTo("172.8");
        CockpitView.Point yearEnd = chart.points().stream()
                .filter(p -> p.date().equals(LocalDate.parse("2024-12-31")))
                .findFirst()
                .orElseThrow();
        assertThat(yearEnd.actual()).isEqualByComparingTo("118");
        assertThat(yearEnd.trajectory()).isEqualByComparingTo("120");
    }

    @Test
    void yearlyKindHasAFlatTargetAndNoTrajectory() {
        IndicatorSeries series = IndicatorSeries.of(null, Observation.of("2024-12-31", "6"));
        CockpitView.Chart chart = Cockpit.chart(
                START,
                END,
                indicator(DisplayUnit.CI, "5", TargetKind.EACH_YEAR),
                series,
                LocalDate.parse("2025-06-30"),
                "次");
        assertThat(chart.targetLevel()).isEqualByComparingTo("5");
        assertThat(chart.points()).hasSize(12);
        assertThat(chart.points().get(3).actual()).isEqualByComparingTo("6");
        assertThat(chart.points()).allSatisfy(p -> assertThat(p.trajectory()).isNull());
    }
}
