package cn.ipcity.metrics;

import static cn.ipcity.metrics.Observation.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.ipcity.program.Comparator;
import cn.ipcity.program.DisplayUnit;
import cn.ipcity.program.Indicator;
import cn.ipcity.program.IndicatorAttribute;
import cn.ipcity.program.Program;
import cn.ipcity.program.TargetKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Expected values worked out by hand. Periods used: 2024-01-01..2026-12-31 has 366 + 365 + 365 = 1096 days;
 * Yantai 2016-01-01..2020-12-31 has 366 + 365 + 365 + 365 + 366 = 1827 days; Yantai 2022-01-01..2024-12-31.
 */
class ProgressCalculatorTest {

    static final LocalDate START = LocalDate.parse("2024-01-01");
    static final LocalDate END = LocalDate.parse("2026-12-31");

    static Indicator indicator(TargetKind kind, Comparator comparator, DisplayUnit unit, String target) {
        return new Indicator(
                "t-" + kind.name().toLowerCase(),
                "测试指标",
                "Test indicator",
                unit,
                new BigDecimal(target),
                kind,
                comparator,
                IndicatorAttribute.NONE,
                "reported",
                "quote",
                null,
                null);
    }

    static Progress eval(Indicator i, IndicatorSeries s, String asOf) {
        return ProgressCalculator.evaluate(i, START, END, s, LocalDate.parse(asOf), ProgressRules.DEFAULT);
    }

    static BigDecimal dec(String v) {
        return new BigDecimal(v);
    }

    @Nested
    class Time {
        @Test
        void elapsedShareIsZeroForTheBaselineAndOneOnTheLastDay() {
            assertThat(ProgressCalculator.elapsedShare(START, END, START.minusDays(1)))
                    .isEqualByComparingTo("0");
            // on the period start one day of 1096 has passed
            assertThat(ProgressCalculator.elapsedShare(START, END, START).doubleValue())
                    .isCloseTo(1.0 / 1096, within(1e-12));
            assertThat(ProgressCalculator.elapsedShare(START, END, END)).isEqualByComparingTo("1");
            // 2024-02-29 is day 31 + 29 = 60 of the period
            assertThat(ProgressCalculator.elapsedShare(START, END, LocalDate.parse("2024-02-29"))
                            .doubleValue())
                    .isCloseTo(60.0 / 1096, within(1e-12));
        }

        @Test
        void yearsCountAnniversariesAndLeapDays() {
            assertThat(ProgressCalculator.years(LocalDate.parse("2015-12-31"), LocalDate.parse("2020-12-31")))
                    .isEqualTo(5.0);
            // from a leap day the anniversary is 28 February
            assertThat(ProgressCalculator.years(LocalDate.parse("2016-02-29"), LocalDate.parse("2017-02-28")))
                    .isEqualTo(1.0);
            assertThat(ProgressCalculator.years(LocalDate.parse("2016-02-29"), LocalDate.parse("2020-02-29")))
                    .isEqualTo(4.0);
            // 2023-12-31 → 2024-02-29 is 31 + 29 = 60 days of the 366-day year to 2024-12-31
            assertThat(ProgressCalculator.years(LocalDate.parse("2023-12-31"), LocalDate.parse("2024-02-29")))
                    .isCloseTo(60.0 / 366, within(1e-12));
        }

        @Test
        void everyComparatorOnItsBoundary() {
            assertThat(ProgressCalculator.meets(dec("85"), Comparator.GE, dec("85.0")))
                    .isTrue();
            assertThat(ProgressCalculator.meets(dec("85"), Comparator.GT, dec("85")))
                    .isFalse();
            assertThat(ProgressCalculator.meets(dec("85.01"), Comparator.GT, dec("85")))
                    .isTrue();
            assertThat(ProgressCalculator.meets(dec("85"), Comparator.LE, dec("85")))
                    .isTrue();
            assertThat(ProgressCalculator.meets(dec("85"), Comparator.LT, dec("85")))
                    .isFalse();
            assertThat(ProgressCalculator.meets(dec("84.99"), Comparator.LT, dec("85")))
                    .isTrue();
        }
    }

    /** 有效发明专利拥有量达到7500件 (威海 2026), baseline 5000 at the end of 2023. */
    @Nested
    class StockAtEnd {
        final Indicator stock = indicator(TargetKind.STOCK_AT_END, Comparator.GE, DisplayUnit.JIAN, "7500");

        IndicatorSeries at(String date, String value) {
            return IndicatorSeries.of("5000", of(date, value));
        }

        @Test
        void statusFollowsTheTrajectoryWithATenPercentAtRiskBand() {
            // trajectory at 2024-12-31: 5000 + 2500 × 366/1096 = 5000 + 834.8540 = 5834.854
            // band: 10 % of (7500 − 5000) = 250
            Progress ahead = eval(stock, at("2024-12-31", "5900"), "2024-12-31");
            assertThat(ahead.trajectory()).isEqualByComparingTo("5834.854");
            assertThat(ahead.status()).isEqualTo(ProgressStatus.ON_TRACK);
            assertThat(ahead.achievement()).isEqualByComparingTo("5900");
            assertThat(ahead.isFinal()).isFalse();
            // 5834.854 − 5600 = 234.854 ≤ 250
            assertThat(eval(stock, at("2024-12-31", "5600"), "2024-12-31").status())
                    .isEqualTo(ProgressStatus.AT_RISK);
            // 5834.854 − 5500 = 334.854 > 250
            assertThat(eval(stock, at("2024-12-31", "5500"), "2024-12-31").status())
                    .isEqualTo(ProgressStatus.OFF_TRACK);
        }

        @Test
        void reachingTheTargetEarlyIsAchievedButNotFinal() {
            Progress p = eval(stock, at("2025-06-30", "7500"), "2025-06-30");
            assertThat(p.status()).isEqualTo(ProgressStatus.ACHIEVED);
            assertThat(p.isFinal()).isFalse();
        }

        @Test
        void finalEvaluationExactlyOnTheTarget() {
            Progress p = eval(stock, at("2026-12-31", "7500"), "2026-12-31");
            assertThat(p.isFinal()).isTrue();
            assertThat(p.status()).isEqualTo(ProgressStatus.ACHIEVED);
            assertThat(p.trajectory()).isEqualByComparingTo("7500");
            assertThat(p.forecast()).isNull();
            assertThat(eval(stock, at("2026-12-31", "7499"), "2026-12-31").status())
                    .isEqualTo(ProgressStatus.NOT_ACHIEVED);
            // 超过 (GT): exactly 7500 is not more than 7500
            Indicator gt = indicator(TargetKind.STOCK_AT_END, Comparator.GT, DisplayUnit.JIAN, "7500");
            assertThat(eval(gt, at("2026-12-31", "7500"), "2026-12-31").status())
                    .isEqualTo(ProgressStatus.NOT_ACHIEVED);
            assertThat(eval(gt, at("2026-12-31", "7501"), "2026-12-31").status())
                    .isEqualTo(ProgressStatus.ACHIEVED);
        }

        @Test
        void finalEvaluationNeedsTheValueAtThePeriodEnd() {
            // asked in 2027 with data only to 2026-09-30: no guess from the older value
            Progress p = eval(stock, at("2026-09-30", "7600"), "2027-03-31");
            assertThat(p.isFinal()).isTrue();
            assertThat(p.status()).isEqualTo(ProgressStatus.NO_DATA);
            assertThat(p.reason()).isEqualTo("NO_VALUE_AT_PERIOD_END");
        }

        @Test
        void asOfOnThePeriodStartAndBefore() {
            // trajectory on 2024-01-01: 5000 + 2500 / 1096 = 5002.2810
            Progress p = eval(stock, at("2024-01-01", "5003"), "2024-01-01");
            assertThat(p.trajectory()).isEqualByComparingTo("5002.281");
            assertThat(p.status()).isEqualTo(ProgressStatus.ON_TRACK);
            assertThat(eval(stock, at("2023-12-31", "5000"), "2023-12-31").status())
                    .isEqualTo(ProgressStatus.NOT_STARTED);
            // on the leap day 2024-02-29 (day 60): 5000 + 2500 × 60/1096 = 5000 + 136.8613 = 5136.8613
            Progress leap = eval(stock, at("2024-02-29", "5140"), "2024-02-29");
            assertThat(leap.trajectory()).isEqualByComparingTo("5136.8613");
            assertThat(leap.status()).isEqualTo(ProgressStatus.ON_TRACK);
        }

        @Test
        void aMissingLatestValueIsNoDataNotTheOlderValue() {
            IndicatorSeries s = new IndicatorSeries(
                    dec("5000"),
                    java.util.List.of(of("2024-09-30", "5800"), Observation.missing(LocalDate.parse("2024-12-31"))));
            Progress p = eval(stock, s, "2025-01-15");
            assertThat(p.status()).isEqualTo(ProgressStatus.NO_DATA);
            assertThat(p.reason()).isEqualTo("NO_ACTUAL");
            assertThat(p.actual()).isNull();
            assertThat(eval(stock, IndicatorSeries.of("5000"), "2025-01-15").status())
                    .isEqualTo(ProgressStatus.NO_DATA);
        }

        @Test
        void withoutBaselineOnlyTheTargetItselfCanBeJudged() {
            assertThat(eval(stock, IndicatorSeries.of(null, of("2025-06-30", "7600")), "2025-06-30")
                            .status())
                    .isEqualTo(ProgressStatus.ACHIEVED);
            Progress p = eval(stock, IndicatorSeries.of(null, of("2025-06-30", "6000")), "2025-06-30");
            assertThat(p.status()).isEqualTo(ProgressStatus.NO_DATA);
            assertThat(p.reason()).isEqualTo("NO_BASELINE");
            assertThat(p.trajectory()).isNull();
        }

        @Test
        void aCapTargetMirrorsTheDirection() {
            // 不超过100 (LE), baseline 200: trajectory at 2024-12-31 = 200 − 100 × 366/1096 = 166.6058;
            // band 10 % of |100 − 200| = 10
            Indicator cap = indicator(TargetKind.STOCK_AT_END, Comparator.LE, DisplayUnit.JIAN, "100");
            IndicatorSeries s170 = IndicatorSeries.of("200", of("2024-12-31", "170"));
            Progress p = eval(cap, s170, "2024-12-31");
            assertThat(p.trajectory()).isEqualByComparingTo("166.6058");
            // 170 − 166.6058 = 3.394 above the line ≤ 10
            assertThat(p.status()).isEqualTo(ProgressStatus.AT_RISK);
            assertThat(eval(cap, IndicatorSeries.of("200", of("2024-12-31", "160")), "2024-12-31")
                            .status())
                    .isEqualTo(ProgressStatus.ON_TRACK);
            assertThat(eval(cap, IndicatorSeries.of("200", of("2024-12-31", "180")), "2024-12-31")
                            .status())
                    .isEqualTo(ProgressStatus.OFF_TRACK);
            assertThat(eval(cap, IndicatorSeries.of("200", of("2026-12-31", "100")), "2026-12-31")
                            .status())
                    .isEqualTo(ProgressStatus.ACHIEVED);
            Indicator below = indicator(TargetKind.STOCK_AT_END, Comparator.LT, DisplayUnit.JIAN, "100");
            assertThat(eval(below, IndicatorSeries.of("200", of("2026-12-31", "100")), "2026-12-31")
                            .status())
                    .isEqualTo(ProgressStatus.NOT_ACHIEVED);
            assertThat(eval(below, IndicatorSeries.of("200", of("2026-12-31", "99")), "2026-12-31")
                            .status())
                    .isEqualTo(ProgressStatus.ACHIEVED);
        }

        @Test
        void targetInAThousandsUnitIsComparedInTheBaseUnit() {
            // 9 万件 = 90000 件
            Indicator wan = indicator(TargetKind.STOCK_AT_END, Comparator.GE, DisplayUnit.WAN_JIAN, "9");
            Progress p = eval(wan, IndicatorSeries.of("60000", of("2026-12-31", "90000")), "2026-12-31");
            assertThat(p.target()).isEqualByComparingTo("90000");
            assertThat(p.status()).isEqualTo(ProgressStatus.ACHIEVED);
        }

        @Test
        void forecastIsTheLeastSquaresLineThroughTheLastPoints() {
            // level = 5000 + days since 2023-12-31 on every point → the line hits 2026-12-31 (day 1096) at 6096;
            // the 2019 outlier (0) is older than the last 8 points and is ignored
            IndicatorSeries s = IndicatorSeries.of(
                    "5000",
                    of("2019-12-31", "0"),
                    of("2024-03-31", "5091"),
                    of("2024-06-30", "5182"),
                    of("2024-09-30", "5274"),
                    of("2024-12-31", "5366"),
                    of("2025-03-31", "5456"),
                    of("2025-06-30", "5547"),
                    of("2025-09-30", "5639"));
            Progress p = eval(stock, s, "2025-10-10");
            assertThat(p.forecast().doubleValue()).isCloseTo(6096, within(0.001));
            assertThat(p.forecastMet()).isFalse();
            // baseline + one point: 2 < 3 points → no forecast
            Progress few = eval(stock, at("2024-03-31", "5091"), "2024-04-01");
            assertThat(few.forecast()).isNull();
            assertThat(few.forecastMet()).isNull();
        }
    }

    /** 新增1500件: the level rises by the target over the period. */
    @Nested
    class Increment {
        final Indicator increment = indicator(TargetKind.INCREMENT, Comparator.GE, DisplayUnit.JIAN, "1500");

        @Test
        void achievementIsActualMinusBaseline() {
            // at 2025-12-31: 731 of 1096 days; trajectory 2000 + 1500 × 731/1096 = 3000.4562
            Progress p = eval(increment, IndicatorSeries.of("2000", of("2025-12-31", "3000")), "2025-12-31");
            assertThat(p.achievement()).isEqualByComparingTo("1000");
            assertThat(p.trajectory()).isEqualByComparingTo("3000.4562");
            // 0.4562 behind ≤ 150
            assertThat(p.status()).isEqualTo(ProgressStatus.AT_RISK);
            assertThat(eval(increment, IndicatorSeries.of("2000", of("2025-12-31", "3001")), "2025-12-31")
                            .status())
                    .isEqualTo(ProgressStatus.ON_TRACK);
        }

        @Test
        void finalIncrementExactlyOnTarget() {
            Progress p = eval(increment, IndicatorSeries.of("2000", of("2026-12-31", "3500")), "2026-12-31");
            assertThat(p.achievement()).isEqualByComparingTo("1500");
            assertThat(p.status()).isEqualTo(ProgressStatus.ACHIEVED);
            assertThat(eval(increment, IndicatorSeries.of("2000", of("2026-12-31", "3499")), "2026-12-31")
                            .status())
                    .isEqualTo(ProgressStatus.NOT_ACHIEVED);
        }

        @Test
        void noBaselineNoIncrement() {
            Progress p = eval(increment, IndicatorSeries.of(null, of("2025-12-31", "3000")), "2025-12-31");
            assertThat(p.status()).isEqualTo(ProgressStatus.NO_DATA);
            assertThat(p.reason()).isEqualTo("NO_BASELINE");
            assertThat(p.actual()).isEqualByComparingTo("3000");
        }

        @Test
        void forecastOfTheIncrement() {
            // cumulative flow since the start (baseline 0) grows by 1 a day: 1096 at the end
            IndicatorSeries s =
                    IndicatorSeries.of("0", of("2024-03-31", "91"), of("2024-06-30", "182"), of("2024-09-30", "274"));
            Progress p = eval(increment, s, "2024-09-30");
            assertThat(p.forecast().doubleValue()).isCloseTo(1096, within(0.001));
            assertThat(p.forecastMet()).isFalse();
        }
    }

    /** 质押融资金额年均增幅达到30% (烟台 2022–2024): baseline = 2021's amount. */
    @Nested
    class CompoundGrowth {
        final Indicator cagr = indicator(TargetKind.CAGR, Comparator.GE, DisplayUnit.PERCENT, "30");
        final LocalDate start = LocalDate.parse("2022-01-01");
        final LocalDate end = LocalDate.parse("2024-12-31");

        Progress evalYantai(IndicatorSeries s, String asOf) {
            return ProgressCalculator.evaluate(cagr, start, end, s, LocalDate.parse(asOf), ProgressRules.DEFAULT);
        }

        @Test
        void finalCagrExactlyOnTarget() {
            // 100 → 219.7 over 3 years: 2.197^(1/3) = 1.3 → 30 %; the exact comparison uses 100 × 1.3³ = 219.7
            Progress p = evalYantai(
                    IndicatorSeries.of(
                            "100", of("2022-12-31", "130"), of("2023-12-31", "169"), of("2024-12-31", "219.7")),
                    "2024-12-31");
            assertThat(p.achievement()).isEqualByComparingTo("30");
            assertThat(p.trajectory()).isEqualByComparingTo("219.7");
            assertThat(p.status()).isEqualTo(ProgressStatus.ACHIEVED);
            // 219.69: 1.3 × (2.1969/2.197)^(1/3) − 1 = 29.998 %
            Progress short_ = evalYantai(IndicatorSeries.of("100", of("2024-12-31", "219.69")), "2024-12-31");
            assertThat(short_.status()).isEqualTo(ProgressStatus.NOT_ACHIEVED);
            assertThat(short_.achievement()).isEqualByComparingTo("29.998");
        }

        @Test
        void growthSoFarAgainstTheTargetRate() {
            // two years: 169 = 100 × 1.3² exactly → on track (never "achieved" before the end)
            assertThat(evalYantai(IndicatorSeries.of("100", of("2023-12-31", "169")), "2023-12-31")
                            .status())
                    .isEqualTo(ProgressStatus.ON_TRACK);
            // √1.65 − 1 = 28.4523 %: 1.5477 points short ≤ 3 (10 % of 30) → at risk
            Progress risk = evalYantai(IndicatorSeries.of("100", of("2023-12-31", "165")), "2023-12-31");
            assertThat(risk.achievement()).isEqualByComparingTo("28.4523");
            assertThat(risk.status()).isEqualTo(ProgressStatus.AT_RISK);
            // √1.6 − 1 = 26.4911 %: 3.5089 points short > 3 → off track
            Progress off = evalYantai(IndicatorSeries.of("100", of("2023-12-31", "160")), "2023-12-31");
            assertThat(off.achievement()).isEqualByComparingTo("26.4911");
            assertThat(off.status()).isEqualTo(ProgressStatus.OFF_TRACK);
        }

        @Test
        void baselineMustBeKnownAndPositive() {
            assertThat(evalYantai(IndicatorSeries.of(null, of("2023-12-31", "169")), "2023-12-31")
                            .reason())
                    .isEqualTo("NO_BASELINE");
            Progress zero = evalYantai(IndicatorSeries.of("0", of("2023-12-31", "169")), "2023-12-31");
            assertThat(zero.status()).isEqualTo(ProgressStatus.NO_DATA);
            assertThat(zero.reason()).isEqualTo("BASELINE_NOT_POSITIVE");
        }

        @Test
        void forecastFitsAnExponentialTrend() {
            // ln-levels 100, 130, 169 lie on a line of slope ln 1.3 per 365 days; 2024 has 366 days, so the fit
            // reaches 169 × 1.3^(366/365) = 169 × 1.3 × e^(ln 1.3 / 365) = 219.858 on 2024-12-31;
            // 1.3 × (2.19858 / 2.197)^(1/3) − 1 = 1.3 × 1.00023965 − 1 = 30.0312 %
            Progress p = evalYantai(
                    IndicatorSeries.of("100", of("2022-12-31", "130"), of("2023-12-31", "169")), "2024-01-05");
            assertThat(p.forecast().doubleValue()).isCloseTo(30.0312, within(0.0001));
            assertThat(p.forecastMet()).isTrue();
        }
    }

    /** 每年组织培训不少于1000人次 (烟台 2022–2024). */
    @Nested
    class EachYear {
        final Indicator each = indicator(TargetKind.EACH_YEAR, Comparator.GE, DisplayUnit.REN_CI, "1000");
        final LocalDate start = LocalDate.parse("2022-01-01");
        final LocalDate end = LocalDate.parse("2024-12-31");

        Progress evalYantai(Indicator i, IndicatorSeries s, String asOf) {
            return ProgressCalculator.evaluate(i, start, end, s, LocalDate.parse(asOf), ProgressRules.DEFAULT);
        }

        @Test
        void onlyCompleteYearsAreJudged() {
            // 2022 complete (1200 ≥ 1000); 2023's half-year value is not judged
            Progress p = evalYantai(
                    each, IndicatorSeries.of(null, of("2022-12-31", "1200"), of("2023-06-30", "400")), "2023-06-30");
            assertThat(p.years()).containsExactly(new Progress.YearResult(2022, dec("1200"), true));
            assertThat(p.status()).isEqualTo(ProgressStatus.ON_TRACK);
            // on 2022-12-31 itself the year is complete; exactly 1000 meets ≥ 1000
            Progress onEnd = evalYantai(each, IndicatorSeries.of(null, of("2022-12-31", "1000")), "2022-12-31");
            assertThat(onEnd.years()).containsExactly(new Progress.YearResult(2022, dec("1000"), true));
            assertThat(evalYantai(each, IndicatorSeries.of(null), "2022-05-01").reason())
                    .isEqualTo("NO_COMPLETE_YEAR");
        }

        @Test
        void aMissedYearIsOffTrackAndAMissingYearIsNoData() {
            IndicatorSeries missed = IndicatorSeries.of(null, of("2022-12-31", "1200"), of("2023-12-31", "999"));
            assertThat(evalYantai(each, missed, "2024-03-01").status()).isEqualTo(ProgressStatus.OFF_TRACK);
            Progress missing = evalYantai(each, IndicatorSeries.of(null, of("2023-12-31", "1200")), "2024-03-01");
            assertThat(missing.status()).isEqualTo(ProgressStatus.NO_DATA);
            assertThat(missing.reason()).isEqualTo("YEAR_MISSING");
            assertThat(missing.years().get(0)).isEqualTo(new Progress.YearResult(2022, null, null));
        }

        @Test
        void finalEvaluation() {
            IndicatorSeries all = IndicatorSeries.of(
                    null, of("2022-12-31", "1200"), of("2023-12-31", "1000"), of("2024-12-31", "1500"));
            Progress p = evalYantai(each, all, "2025-02-01");
            assertThat(p.isFinal()).isTrue();
            assertThat(p.status()).isEqualTo(ProgressStatus.ACHIEVED);
            assertThat(p.years()).hasSize(3);
            // a known miss decides even with a year missing
            IndicatorSeries missAndGap = IndicatorSeries.of(null, of("2022-12-31", "1200"), of("2023-12-31", "999"));
            assertThat(evalYantai(each, missAndGap, "2024-12-31").status()).isEqualTo(ProgressStatus.NOT_ACHIEVED);
            IndicatorSeries gap = IndicatorSeries.of(null, of("2022-12-31", "1200"), of("2024-12-31", "1500"));
            assertThat(evalYantai(each, gap, "2024-12-31").status()).isEqualTo(ProgressStatus.NO_DATA);
        }

        @Test
        void rateEachYearWithBothStrictAndNonStrictComparators() {
            // 年结案率达95%: 95 meets ≥ 95 but not > 95
            Indicator ge = indicator(TargetKind.RATE_EACH_YEAR, Comparator.GE, DisplayUnit.PERCENT, "95");
            Indicator gt = indicator(TargetKind.RATE_EACH_YEAR, Comparator.GT, DisplayUnit.PERCENT, "95");
            IndicatorSeries s = IndicatorSeries.of(null, of("2022-12-31", "95"));
            assertThat(evalYantai(ge, s, "2023-01-01").status()).isEqualTo(ProgressStatus.ON_TRACK);
            assertThat(evalYantai(gt, s, "2023-01-01").status()).isEqualTo(ProgressStatus.OFF_TRACK);
        }
    }

    /** 通过贯标认证的企业年均不少于10家 (烟台 2016–2020, five years). */
    @Nested
    class AnnualAverage {
        final Indicator average = indicator(TargetKind.ANNUAL_AVERAGE, Comparator.GE, DisplayUnit.JIA, "10");
        final LocalDate start = LocalDate.parse("2016-01-01");
        final LocalDate end = LocalDate.parse("2020-12-31");

        Progress evalYantai(Indicator i, IndicatorSeries s, String asOf) {
            return ProgressCalculator.evaluate(i, start, end, s, LocalDate.parse(asOf), ProgressRules.DEFAULT);
        }

        static IndicatorSeries years(String... values) {
            Observation[] obs = new Observation[values.length];
            for (int i = 0; i < values.length; i++) {
                obs[i] = of((2016 + i) + "-12-31", values[i]);
            }
            return IndicatorSeries.of(null, obs);
        }

        @Test
        void finalAverageExactlyOnTarget() {
            // 8 + 12 + 9 + 11 + 10 = 50 = 10 × 5
            Progress p = evalYantai(average, years("8", "12", "9", "11", "10"), "2020-12-31");
            assertThat(p.achievement()).isEqualByComparingTo("10");
            assertThat(p.status()).isEqualTo(ProgressStatus.ACHIEVED);
            // 49 / 5 = 9.8
            Progress low = evalYantai(average, years("8", "12", "9", "11", "9"), "2020-12-31");
            assertThat(low.achievement()).isEqualByComparingTo("9.8");
            assertThat(low.status()).isEqualTo(ProgressStatus.NOT_ACHIEVED);
        }

        @Test
        void inProgressAverageAndItsForecast() {
            // 8, 12, 9 → 29/3 = 9.6667, 0.3333 short ≤ 1 (10 % of 10) → at risk.
            // Least squares over (2016, 8), (2017, 12), (2018, 9): mean 9.6667 at 2017, slope 1/2 = 0.5;
            // 2019 → 10.6667, 2020 → 11.1667; (29 + 10.6667 + 11.1667) / 5 = 10.1667
            Progress p = evalYantai(average, years("8", "12", "9"), "2019-03-31");
            assertThat(p.achievement()).isEqualByComparingTo("9.6667");
            assertThat(p.status()).isEqualTo(ProgressStatus.AT_RISK);
            assertThat(p.forecast()).isEqualByComparingTo("10.1667");
            assertThat(p.forecastMet()).isTrue();
            // two years: too few points for a forecast
            assertThat(evalYantai(average, years("10", "12"), "2018-01-01").forecast())
                    .isNull();
            // 5, 6 → 5.5: 4.5 short > 1 → off track
            assertThat(evalYantai(average, years("5", "6"), "2018-01-01").status())
                    .isEqualTo(ProgressStatus.OFF_TRACK);
        }

        @Test
        void aMissingYearMakesTheAverageMissing() {
            IndicatorSeries gap = IndicatorSeries.of(
                    null, of("2016-12-31", "10"), Observation.missing(LocalDate.parse("2017-12-31")));
            Progress p = evalYantai(average, gap, "2018-01-01");
            assertThat(p.status()).isEqualTo(ProgressStatus.NO_DATA);
            assertThat(p.achievement()).isNull();
        }

        @Test
        void capsOnAnAverage() {
            Indicator le = indicator(TargetKind.ANNUAL_AVERAGE, Comparator.LE, DisplayUnit.JIA, "10");
            Indicator lt = indicator(TargetKind.ANNUAL_AVERAGE, Comparator.LT, DisplayUnit.JIA, "10");
            IndicatorSeries tens = years("10", "10", "10", "10", "10");
            assertThat(evalYantai(le, tens, "2020-12-31").status()).isEqualTo(ProgressStatus.ACHIEVED);
            assertThat(evalYantai(lt, tens, "2020-12-31").status()).isEqualTo(ProgressStatus.NOT_ACHIEVED);
        }
    }

    /** 知识产权保护社会满意度达到85分以上 (烟台 2022–2024). */
    @Nested
    class SurveyScore {
        final Indicator score = indicator(TargetKind.SURVEY_SCORE, Comparator.GE, DisplayUnit.FEN, "85");
        final LocalDate start = LocalDate.parse("2022-01-01");
        final LocalDate end = LocalDate.parse("2024-12-31");

        Progress evalYantai(IndicatorSeries s, String asOf) {
            return ProgressCalculator.evaluate(score, start, end, s, LocalDate.parse(asOf), ProgressRules.DEFAULT);
        }

        @Test
        void finalScoreIsTheLastYearsScore() {
            assertThat(evalYantai(IndicatorSeries.of(null, of("2024-11-30", "85")), "2024-12-31")
                            .status())
                    .isEqualTo(ProgressStatus.ACHIEVED);
            assertThat(evalYantai(IndicatorSeries.of(null, of("2024-11-30", "84.9")), "2024-12-31")
                            .status())
                    .isEqualTo(ProgressStatus.NOT_ACHIEVED);
            // only a 2023 score: the final evaluation does not reuse it
            Progress stale = evalYantai(IndicatorSeries.of(null, of("2023-11-30", "90")), "2025-01-31");
            assertThat(stale.status()).isEqualTo(ProgressStatus.NO_DATA);
            assertThat(stale.reason()).isEqualTo("NO_VALUE_IN_LAST_YEAR");
        }

        @Test
        void inProgressBand() {
            // band 10 % of 85 = 8.5: 80 is 5 short → at risk; 76 is 9 short → off track
            assertThat(evalYantai(IndicatorSeries.of(null, of("2023-11-30", "86")), "2023-12-31")
                            .status())
                    .isEqualTo(ProgressStatus.ON_TRACK);
            assertThat(evalYantai(IndicatorSeries.of(null, of("2023-11-30", "80")), "2023-12-31")
                            .status())
                    .isEqualTo(ProgressStatus.AT_RISK);
            assertThat(evalYantai(IndicatorSeries.of(null, of("2023-11-30", "76")), "2023-12-31")
                            .status())
                    .isEqualTo(ProgressStatus.OFF_TRACK);
        }
    }

    /** The two ended Yantai programs, with their real indicators and invented figures. */
    @Nested
    class EndedYantaiPrograms {

        @Test
        void yantai2016FinalEvaluation() {
            Program p = SeedPrograms.load("yantai-2016");
            Indicator patents = p.indicators().stream()
                    .filter(i -> i.code().equals("valid-invention-patents"))
                    .findFirst()
                    .orElseThrow();
            Indicator trademarksTotal = p.indicators().stream()
                    .filter(i -> i.code().equals("trademarks-total"))
                    .findFirst()
                    .orElseThrow();
            // evaluated years after the end: the final evaluation at 2020-12-31, target 7000 (≥)
            Progress done = ProgressCalculator.evaluate(
                    patents,
                    p.periodStart(),
                    p.periodEnd(),
                    IndicatorSeries.of("3000", of("2019-12-31", "6500"), of("2020-12-31", "7120")),
                    LocalDate.parse("2026-11-21"),
                    ProgressRules.DEFAULT);
            assertThat(done.isFinal()).isTrue();
            assertThat(done.actualDate()).isEqualTo(p.periodEnd());
            assertThat(done.status()).isEqualTo(ProgressStatus.ACHIEVED);
            // 总量超过40000件 (GT): exactly 40000 at the end is not enough
            Progress exactly = ProgressCalculator.evaluate(
                    trademarksTotal,
                    p.periodStart(),
                    p.periodEnd(),
                    IndicatorSeries.of("30000", of("2020-12-31", "40000")),
                    LocalDate.parse("2021-01-01"),
                    ProgressRules.DEFAULT);
            assertThat(exactly.status()).isEqualTo(ProgressStatus.NOT_ACHIEVED);
            // mid-period 2018-12-31: 1096 of 1827 days; trajectory 3000 + 4000 × 1096/1827 = 5399.5621
            Progress mid = ProgressCalculator.evaluate(
                    patents,
                    p.periodStart(),
                    p.periodEnd(),
                    IndicatorSeries.of("3000", of("2018-12-31", "5200")),
                    LocalDate.parse("2018-12-31"),
                    ProgressRules.DEFAULT);
            assertThat(mid.trajectory()).isEqualByComparingTo("5399.5621");
            // 199.5621 behind ≤ 400 → at risk
            assertThat(mid.status()).isEqualTo(ProgressStatus.AT_RISK);
        }

        @Test
        void yantai2022FinalEvaluation() {
            Program p = SeedPrograms.load("yantai-2022");
            Indicator training = p.indicators().stream()
                    .filter(i -> i.code().equals("ip-training-per-year"))
                    .findFirst()
                    .orElseThrow();
            Indicator pledge = p.indicators().stream()
                    .filter(i -> i.code().equals("pledge-amount-growth"))
                    .findFirst()
                    .orElseThrow();
            Progress t = ProgressCalculator.evaluate(
                    training,
                    p.periodStart(),
                    p.periodEnd(),
                    IndicatorSeries.of(
                            null, of("2022-12-31", "1500"), of("2023-12-31", "980"), of("2024-12-31", "2100")),
                    LocalDate.parse("2026-11-21"),
                    ProgressRules.DEFAULT);
            // 2023 with 980 < 1000 fails the each-year target
            assertThat(t.status()).isEqualTo(ProgressStatus.NOT_ACHIEVED);
            assertThat(t.years()).extracting(Progress.YearResult::met).containsExactly(true, false, true);
            // 2021: 20 亿元 → 2024: 50 亿元; (2.5)^(1/3) − 1 = 35.7209 % ≥ 30 %
            Progress g = ProgressCalculator.evaluate(
                    pledge,
                    p.periodStart(),
                    p.periodEnd(),
                    IndicatorSeries.of("2000000000", of("2024-12-31", "5000000000")),
                    LocalDate.parse("2026-11-21"),
                    ProgressRules.DEFAULT);
            assertThat(g.achievement()).isEqualByComparingTo("35.7209");
            assertThat(g.status()).isEqualTo(ProgressStatus.ACHIEVED);
        }
    }
}
