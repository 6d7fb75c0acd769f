package cn.ipcity.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.ipcity.program.Indicator;
import cn.ipcity.program.Measure;
import cn.ipcity.program.Program;
import cn.ipcity.program.loading.MeasureCatalogReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Real program indicators judged on values from invented sources, through the shipped measure catalogue — the
 * way registry-based sources will plug in.
 */
class MeasureSeriesTest {

    static final Map<String, Measure> CATALOGUE =
            MeasureCatalogReader.read("catalogue.yml", SeedPrograms.resource("measures/catalogue.yml"));
    static final LocalDate DAY_BEFORE_2024 = LocalDate.parse("2023-12-31");

    record Fn(String measure, BiFunction<MeasureQuery, String, BigDecimal> fn) implements MeasureSource {
        @Override
        public Set<String> measures() {
            return Set.of(measure);
        }

        @Override
        public Optional<BigDecimal> value(String m, MeasureQuery q) {
            return Optional.ofNullable(fn.apply(q, m));
        }
    }

    /** 威海's resident population: 3 000 000 at the end of 2023, 2024 missing (year-end rule as in the app). */
    static final Fn POPULATION = new Fn("resident_population", (q, m) -> {
        int year = MonthDay.from(q.to()).equals(MonthDay.of(12, 31)) ? q.to().getYear() : q.to().getYear() - 1;
        return year == 2023 ? BigDecimal.valueOf(3_000_000) : null;
    });

    static Indicator indicator(Program p, String code) {
        return p.indicators().stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    static Progress progress(Measures measures, String program, String indicator, String asOf) {
        Program p = SeedPrograms.load(program);
        Indicator i = indicator(p, indicator);
        LocalDate date = LocalDate.parse(asOf);
        IndicatorSeries s = MeasureSeries.of(measures, p, i, date);
        return ProgressCalculator.evaluate(i, p.periodStart(), p.periodEnd(), s, date, ProgressRules.DEFAULT);
    }

    @Test
    void stockLevelsAtQuarterEnds() {
        // valid invention patents = 5000 + days since 2023-12-31
        Measures m = new Measures(
                CATALOGUE,
                List.of(new Fn(
                        "valid_invention_patents",
                        (q, x) -> BigDecimal.valueOf(5000 + ChronoUnit.DAYS.between(DAY_BEFORE_2024, q.to())))));
        // 2024-08-15 is day 31+29+31+30+31+30+31+15 = 228: actual 5228;
        // trajectory 5000 + 2500 × 228/1096 = 5520.073; 292.07 behind > 250 → off track;
        // the line through baseline and 3 points reaches 5000 + 1096 = 6096 on 2026-12-31
        Progress p = progress(m, "weihai-2024", "valid-invention-patents", "2024-08-15");
        assertThat(p.baseline()).isEqualByComparingTo("5000");
        assertThat(p.actual()).isEqualByComparingTo("5228");
        assertThat(p.trajectory()).isEqualByComparingTo("5520.073");
        assertThat(p.status()).isEqualTo(ProgressStatus.OFF_TRACK);
        assertThat(p.forecast().doubleValue()).isCloseTo(6096, within(0.001));
    }

    @Test
    void ratioPerTenThousandResidentsAndAMissingPopulationYear() {
        Measures m = new Measures(
                CATALOGUE, List.of(new Fn("hv_invention_patents", (q, x) -> BigDecimal.valueOf(3000)), POPULATION));
        // 2024-09-30 uses the 2023 year-end population: 3000 × 10000 / 3 000 000 = 10 (so is the baseline);
        // trajectory 10 + (12 − 10) × 274/1096 = 10.5; 0.5 behind > 0.2 (10 % of 2) → off track
        Progress p = progress(m, "weihai-2024", "hv-invention-per-10k", "2024-09-30");
        assertThat(p.actual()).isEqualByComparingTo("10");
        assertThat(p.trajectory()).isEqualByComparingTo("10.5");
        assertThat(p.status()).isEqualTo(ProgressStatus.OFF_TRACK);
        // on 2024-12-31 the 2024 population is missing: the ratio is missing, not 0 and not the old value
        Progress end = progress(m, "weihai-2024", "hv-invention-per-10k", "2024-12-31");
        assertThat(end.status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(end.reason()).isEqualTo("NO_ACTUAL");
    }

    @Test
    void flowIncrementAccumulatesSinceThePeriodStart() {
        // one transfer or licence a day: 366 in 2024; trajectory 1500 × 366/1096 = 500.9124;
        // 134.91 behind ≤ 150 → at risk
        Measures m = new Measures(
                CATALOGUE,
                List.of(new Fn(
                        "patent_transfers_licences",
                        (q, x) -> BigDecimal.valueOf(ChronoUnit.DAYS.between(q.from(), q.to()) + 1))));
        Progress p = progress(m, "weihai-2024", "patent-transfers-licences-new", "2024-12-31");
        assertThat(p.achievement()).isEqualByComparingTo("366");
        assertThat(p.trajectory()).isEqualByComparingTo("500.9124");
        assertThat(p.status()).isEqualTo(ProgressStatus.AT_RISK);
    }

    @Test
    void annualAverageOfAStockIsItsYearlyChange() {
        // certified enterprises at the end of year Y: 100 + 10 × (Y − 2015) → +10 every year → average 10 = target
        Measures m = new Measures(
                CATALOGUE,
                List.of(new Fn(
                        "gbt29490_certified", (q, x) -> BigDecimal.valueOf(100 + 10L * (q.to().getYear() - 2015)))));
        Progress p = progress(m, "yantai-2016", "gbt29490-certified-annual", "2021-06-30");
        assertThat(p.years()).extracting(Progress.YearResult::value).allSatisfy(v -> assertThat(v)
                .isEqualByComparingTo("10"));
        assertThat(p.achievement()).isEqualByComparingTo("10");
        assertThat(p.status()).isEqualTo(ProgressStatus.ACHIEVED);
    }

    @Test
    void compoundGrowthOfAYearlyFlow() {
        // pledge amounts 2021..2024: 100, 130, 169, 219.7 (亿元 in 元 makes no difference to a rate)
        Map<Integer, String> amounts = Map.of(2021, "100", 2022, "130", 2023, "169", 2024, "219.7");
        Measures m = new Measures(
                CATALOGUE,
                List.of(new Fn(
                        "pledge_amount",
                        (q, x) -> q.from() != null
                                        && q.from().getDayOfYear() == 1
                                        && q.to().equals(LocalDate.of(q.from().getYear(), 12, 31))
                                ? Optional.ofNullable(amounts.get(q.from().getYear()))
                                        .map(BigDecimal::new)
                                        .orElse(null)
                                : null)));
        Progress p = progress(m, "yantai-2022", "pledge-amount-growth", "2025-03-01");
        assertThat(p.baseline()).isEqualByComparingTo("100");
        assertThat(p.achievement()).isEqualByComparingTo("30");
        assertThat(p.status()).isEqualTo(ProgressStatus.ACHIEVED);
    }
}
