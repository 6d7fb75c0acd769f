package cn.ipcity.metrics;

import cn.ipcity.program.Comparator;
import cn.ipcity.program.Indicator;
import cn.ipcity.program.TargetKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Achievement, trajectory, status and forecast of one numeric indicator (pure: no database, no clock).
 *
 * <p><b>Time.</b> The period is the days {@code periodStart}..{@code periodEnd} inclusive. The baseline is the
 * level at the start of the period (the end of the day before {@code periodStart}); a value "at" a date is the
 * value at the end of that day. The elapsed share of the period at date d is (days from periodStart to d + 1) /
 * (days in the period): 0 for the baseline, 1 on {@code periodEnd}; leap days count as days. Once the as-of date
 * reaches {@code periodEnd} the result is the final evaluation at {@code periodEnd}: it needs a value dated
 * exactly {@code periodEnd} (for yearly kinds: of every year of the period), otherwise the status is NO_DATA.
 *
 * <p><b>Status</b> (reason codes in brackets). Level targets (stock at end, increment): target already met →
 * ACHIEVED; on or ahead of the straight line baseline → target → ON_TRACK; behind it by at most {@code
 * atRiskShare} × |target level − baseline| → AT_RISK; further → OFF_TRACK. Each year / rate each year: a complete
 * year that missed → OFF_TRACK (it cannot be made good) [YEAR_MISSED]; a complete year without a value → NO_DATA
 * [YEAR_MISSING]; no complete year yet → NO_DATA [NO_COMPLETE_YEAR]; else ON_TRACK. Annual average: the average
 * of the complete years against the target, at-risk band {@code atRiskShare} × target. Compound growth: the growth
 * so far (from the baseline to the latest value, over the elapsed years) against the target rate, at-risk band
 * {@code atRiskShare} × target rate; in progress it is ON_TRACK at best, never ACHIEVED. Survey score: the latest
 * score against the target, at-risk band {@code atRiskShare} × target. For ≤ and < the directions flip.
 *
 * <p><b>Forecast.</b> Ordinary least squares over the last {@code forecastPoints} non-missing observations dated
 * on or before the as-of date (the baseline counts as a point at the start of the period), x in days, evaluated
 * at {@code periodEnd}; compound growth fits ln(level) instead (an exponential trend), annual average fits the
 * complete years' values and extends the line over the remaining years. Fewer than {@code minForecastPoints}
 * distinct points → no forecast. Each-year kinds and survey scores have no forecast (a trend says nothing about
 * whether every single year meets its target).
 */
public final class ProgressCalculator {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final int SCALE = 4;

    private ProgressCalculator() {}

    public static Progress evaluate(
            Indicator indicator,
            LocalDate periodStart,
            LocalDate periodEnd,
            IndicatorSeries series,
            LocalDate asOf,
            ProgressRules rules) {
        if (!indicator.isNumeric() || indicator.target() == null || indicator.comparator() == null) {
            throw new IllegalArgumentException("indicator " + indicator.code() + " has no numeric target");
        }
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
        Context c = new Context(indicator, periodStart, periodEnd, series, asOf, rules);
        if (asOf.isBefore(periodStart)) {
            return c.result(null, null, null, null, List.of(), ProgressStatus.NOT_STARTED, "BEFORE_PERIOD", null);
        }
        return switch (indicator.targetKind()) {
            case STOCK_AT_END, INCREMENT -> c.level();
            case CAGR -> c.growth();
            case EACH_YEAR, RATE_EACH_YEAR -> c.eachYear();
            case ANNUAL_AVERAGE -> c.annualAverage();
            case SURVEY_SCORE -> c.score();
            case QUALITATIVE -> throw new IllegalArgumentException("qualitative indicator");
        };
    }

    /** Whether {@code value} satisfies the comparator against {@code target}. */
    public static boolean meets(BigDecimal value, Comparator comparator, BigDecimal target) {
        int cmp = value.compareTo(target);
        return switch (comparator) {
            case GE -> cmp >= 0;
            case GT -> cmp > 0;
            case LE -> cmp <= 0;
            case LT -> cmp < 0;
        };
    }

    /** Share of the period elapsed at the end of {@code date}: 0 the day before the start, 1 on the last day. */
    public static BigDecimal elapsedShare(LocalDate periodStart, LocalDate periodEnd, LocalDate date) {
        long total = ChronoUnit.DAYS.between(periodStart, periodEnd.plusDays(1));
        long done = ChronoUnit.DAYS.between(periodStart, date.plusDays(1));
        return BigDecimal.valueOf(done).divide(BigDecimal.valueOf(total), MC);
    }

    /** The straight line from {@code baseline} (start of the period) to {@code targetLevel} (its end) at a date. */
    public static BigDecimal trajectory(
            LocalDate periodStart, LocalDate periodEnd, BigDecimal baseline, BigDecimal targetLevel, LocalDate date) {
        return baseline.add(
                targetLevel.subtract(baseline).multiply(elapsedShare(periodStart, periodEnd, date), MC), MC);
    }

    /**
     * Years from {@code from} to {@code to}: whole years (calendar anniversaries; from 29 February the anniversary
     * is 28 February) plus the remaining days as a share of the year that follows the last anniversary.
     */
    public static double years(LocalDate from, LocalDate to) {
        int whole = 0;
        while (!from.plusYears(whole + 1L).isAfter(to)) {
            whole++;
        }
        LocalDate anniversary = from.plusYears(whole);
        long rest = ChronoUnit.DAYS.between(anniversary, to);
        long yearLength = ChronoUnit.DAYS.between(anniversary, from.plusYears(whole + 1L));
        return whole + (double) rest / yearLength;
    }

    static BigDecimal round(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal r = value.setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    private static final class Context {
        final Indicator indicator;
        final LocalDate start;
        final LocalDate end;
        final LocalDate baselineDate;
        final IndicatorSeries series;
        final LocalDate asOf;
        final ProgressRules rules;
        final boolean ended;
        final BigDecimal target;
        final Comparator comparator;
        final int direction;

        Context(
                Indicator indicator,
                LocalDate start,
                LocalDate end,
                IndicatorSeries series,
                LocalDate asOf,
                ProgressRules rules) {
            this.indicator = indicator;
            this.start = start;
            this.end = end;
            this.baselineDate = start.minusDays(1);
            this.series = series;
            this.asOf = asOf;
            this.rules = rules;
            this.ended = !asOf.isBefore(end);
            this.target = indicator.targetInBaseUnit();
            this.comparator = indicator.comparator();
            this.direction = comparator == Comparator.GE || comparator == Comparator.GT ? 1 : -1;
        }

        Progress result(
                BigDecimal actual,
                LocalDate actualDate,
                BigDecimal achievement,
                BigDecimal trajectory,
                List<Progress.YearResult> years,
                ProgressStatus status,
                String reason,
                BigDecimal forecast) {
            return new Progress(
                    indicator.code(),
                    indicator.targetKind(),
                    comparator,
                    target,
                    asOf,
                    series.baseline(),
                    actual,
                    actualDate,
                    round(achievement),
                    round(trajectory),
                    years,
                    status,
                    reason,
                    round(forecast),
                    forecast == null ? null : meets(forecast, comparator, target),
                    ended);
        }

        /** The observation an evaluation uses: on the period end when final, else the latest up to the as-of date. */
        Optional<Observation> current() {
            if (ended) {
                return series.observations().stream()
                        .filter(o -> o.date().equals(end))
                        .reduce((a, b) -> b);
            }
            return series.observations().stream()
                    .filter(o -> !o.date().isAfter(asOf) && o.date().isAfter(baselineDate))
                    .reduce((a, b) -> b);
        }

        /** Behind/ahead judgement: shortfall ≤ 0 on track, ≤ band at risk, else off track. */
        ProgressStatus judge(BigDecimal shortfall, BigDecimal band) {
            if (shortfall.signum() <= 0) {
                return ProgressStatus.ON_TRACK;
            }
            return shortfall.compareTo(band) <= 0 ? ProgressStatus.AT_RISK : ProgressStatus.OFF_TRACK;
        }

        Progress level() {
            boolean increment = indicator.targetKind() == TargetKind.INCREMENT;
            BigDecimal baseline = series.baseline();
            Optional<Observation> cur = current();
            if (cur.isEmpty() || cur.get().isMissing()) {
                return result(
                        null,
                        cur.map(Observation::date).orElse(null),
                        null,
                        null,
                        List.of(),
                        ProgressStatus.NO_DATA,
                        ended ? "NO_VALUE_AT_PERIOD_END" : "NO_ACTUAL",
                        null);
            }
            BigDecimal actual = cur.get().value();
            LocalDate date = cur.get().date();
            if (increment && baseline == null) {
                return result(actual, date, null, null, List.of(), ProgressStatus.NO_DATA, "NO_BASELINE", null);
            }
            BigDecimal achievement = increment ? actual.subtract(baseline) : actual;
            boolean met = meets(achievement, comparator, target);
            BigDecimal trajectory = null;
            BigDecimal targetLevel = null;
            if (baseline != null) {
                targetLevel = increment ? baseline.add(target) : target;
                trajectory = trajectory(start, end, baseline, targetLevel, date);
            }
            if (ended) {
                return result(
                        actual,
                        date,
                        achievement,
                        trajectory,
                        List.of(),
                        met ? ProgressStatus.ACHIEVED : ProgressStatus.NOT_ACHIEVED,
                        met ? "TARGET_MET" : "TARGET_MISSED",
                        null);
            }
            BigDecimal forecast = linearForecast(baseline)
                    .map(f -> increment ? f.subtract(baseline) : f)
                    .orElse(null);
            if (met) {
                return result(
                        actual,
                        date,
                        achievement,
                        trajectory,
                        List.of(),
                        ProgressStatus.ACHIEVED,
                        "TARGET_MET",
                        forecast);
            }
            if (baseline == null) {
                return result(
                        actual, date, achievement, null, List.of(), ProgressStatus.NO_DATA, "NO_BASELINE", forecast);
            }
            BigDecimal shortfall = trajectory.subtract(actual).multiply(BigDecimal.valueOf(direction));
            BigDecimal band = targetLevel.subtract(baseline).abs().multiply(rules.atRiskShare());
            ProgressStatus status = judge(shortfall, band);
            return result(
                    actual,
                    date,
                    achievement,
                    trajectory,
                    List.of(),
                    status,
                    status == ProgressStatus.ON_TRACK ? "ON_TRAJECTORY" : "BEHIND_TRAJECTORY",
                    forecast);
        }

        Progress growth() {
            BigDecimal baseline = series.baseline();
            Optional<Observation> cur = current();
            BigDecimal actual = cur.map(Observation::value).orElse(null);
            LocalDate date = cur.map(Observation::date).orElse(null);
            if (baseline == null) {
                return result(actual, date, null, null, List.of(), ProgressStatus.NO_DATA, "NO_BASELINE", null);
            }
            if (baseline.signum() <= 0) {
                return result(
                        actual, date, null, null, List.of(), ProgressStatus.NO_DATA, "BASELINE_NOT_POSITIVE", null);
            }
            if (actual == null) {
                return result(
                        null,
                        date,
                        null,
                        null,
                        List.of(),
                        ProgressStatus.NO_DATA,
                        ended ? "NO_VALUE_AT_PERIOD_END" : "NO_ACTUAL",
                        null);
            }
            double years = years(baselineDate, date);
            BigDecimal rate = target.divide(BigDecimal.valueOf(100), MC);
            BigDecimal required = requiredLevel(baseline, rate, years);
            BigDecimal cagr = actual.signum() < 0
                    ? null
                    : BigDecimal.valueOf(
                            (Math.pow(actual.doubleValue() / baseline.doubleValue(), 1 / years) - 1) * 100);
            boolean met = meets(actual, comparator, required);
            if (ended) {
                return result(
                        actual,
                        date,
                        cagr,
                        required,
                        List.of(),
                        met ? ProgressStatus.ACHIEVED : ProgressStatus.NOT_ACHIEVED,
                        met ? "TARGET_MET" : "TARGET_MISSED",
                        null);
            }
            BigDecimal forecast = growthForecast(baseline).orElse(null);
            if (met) {
                return result(
                        actual, date, cagr, required, List.of(), ProgressStatus.ON_TRACK, "GROWTH_ON_TARGET", forecast);
            }
            BigDecimal shortfall = cagr == null
                    ? BigDecimal.valueOf(Double.MAX_VALUE)
                    : target.subtract(cagr).multiply(BigDecimal.valueOf(direction));
            ProgressStatus status = judge(shortfall, target.abs().multiply(rules.atRiskShare()));
            return result(actual, date, cagr, required, List.of(), status, "GROWTH_BELOW_TARGET", forecast);
        }

        /** baseline × (1 + rate)^years, exact for whole years so that a value exactly on target meets it. */
        BigDecimal requiredLevel(BigDecimal baseline, BigDecimal rate, double years) {
            BigDecimal factor = BigDecimal.ONE.add(rate);
            if (years == Math.rint(years)) {
                return baseline.multiply(factor.pow((int) years, MC), MC);
            }
            return baseline.multiply(BigDecimal.valueOf(Math.pow(factor.doubleValue(), years)), MC);
        }

        List<Progress.YearResult> yearResults(boolean judge) {
            List<Progress.YearResult> results = new ArrayList<>();
            for (int y = start.getYear(); y <= end.getYear(); y++) {
                LocalDate yearEnd = LocalDate.of(y, 12, 31).isAfter(end) ? end : LocalDate.of(y, 12, 31);
                if (yearEnd.isAfter(asOf)) {
                    break;
                }
                int year = y;
                BigDecimal value = series.observations().stream()
                        .filter(o -> o.date().getYear() == year && !o.date().isAfter(asOf))
                        .reduce((a, b) -> b)
                        .map(Observation::value)
                        .orElse(null);
                results.add(new Progress.YearResult(
                        y, value, !judge || value == null ? null : meets(value, comparator, target)));
            }
            return results;
        }

        Progress eachYear() {
            List<Progress.YearResult> years = yearResults(true);
            Progress.YearResult last = years.isEmpty() ? null : years.get(years.size() - 1);
            BigDecimal actual = last == null ? null : last.value();
            LocalDate date = last == null ? null : LocalDate.of(last.year(), 12, 31);
            if (years.stream().anyMatch(y -> Boolean.FALSE.equals(y.met()))) {
                return result(
                        actual,
                        date,
                        actual,
                        null,
                        years,
                        ended ? ProgressStatus.NOT_ACHIEVED : ProgressStatus.OFF_TRACK,
                        "YEAR_MISSED",
                        null);
            }
            if (years.stream().anyMatch(y -> y.value() == null)) {
                return result(actual, date, actual, null, years, ProgressStatus.NO_DATA, "YEAR_MISSING", null);
            }
            if (years.isEmpty()) {
                return result(null, null, null, null, years, ProgressStatus.NO_DATA, "NO_COMPLETE_YEAR", null);
            }
            return result(
                    actual,
                    date,
                    actual,
                    null,
                    years,
                    ended ? ProgressStatus.ACHIEVED : ProgressStatus.ON_TRACK,
                    "EVERY_YEAR_MET",
                    null);
        }

        Progress annualAverage() {
            List<Progress.YearResult> years = yearResults(false);
            int total = end.getYear() - start.getYear() + 1;
            Progress.YearResult last = years.isEmpty() ? null : years.get(years.size() - 1);
            BigDecimal actual = last == null ? null : last.value();
            LocalDate date = last == null ? null : LocalDate.of(last.year(), 12, 31);
            if (years.isEmpty()) {
                return result(null, null, null, null, years, ProgressStatus.NO_DATA, "NO_COMPLETE_YEAR", null);
            }
            if (years.stream().anyMatch(y -> y.value() == null)) {
                return result(actual, date, null, null, years, ProgressStatus.NO_DATA, "YEAR_MISSING", null);
            }
            BigDecimal sum = years.stream().map(Progress.YearResult::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal count = BigDecimal.valueOf(years.size());
            BigDecimal average = sum.divide(count, MC);
            // compared as sum against target × years, so that an average of exactly the target meets it
            boolean met = meets(sum, comparator, target.multiply(count));
            if (ended) {
                return result(
                        actual,
                        date,
                        average,
                        null,
                        years,
                        met ? ProgressStatus.ACHIEVED : ProgressStatus.NOT_ACHIEVED,
                        met ? "TARGET_MET" : "TARGET_MISSED",
                        null);
            }
            BigDecimal forecast = null;
            if (years.size() >= rules.minForecastPoints()) {
                List<double[]> points = years.stream()
                        .skip(Math.max(0, years.size() - rules.forecastPoints()))
                        .map(y -> new double[] {y.year(), y.value().doubleValue()})
                        .toList();
                double[] line = fit(points);
                double projected = sum.doubleValue();
                for (int y = last.year() + 1; y <= end.getYear(); y++) {
                    projected += line[0] + line[1] * y;
                }
                forecast = BigDecimal.valueOf(projected / total);
            }
            ProgressStatus status = met
                    ? ProgressStatus.ON_TRACK
                    : judge(
                            target.subtract(average).multiply(BigDecimal.valueOf(direction)),
                            target.abs().multiply(rules.atRiskShare()));
            return result(
                    actual,
                    date,
                    average,
                    null,
                    years,
                    status,
                    met ? "AVERAGE_ON_TARGET" : "AVERAGE_BELOW_TARGET",
                    forecast);
        }

        Progress score() {
            Optional<Observation> cur = ended
                    ? series.observations().stream()
                            .filter(o -> o.date().getYear() == end.getYear()
                                    && !o.date().isAfter(end))
                            .reduce((a, b) -> b)
                    : current();
            if (cur.isEmpty() || cur.get().isMissing()) {
                return result(
                        null,
                        cur.map(Observation::date).orElse(null),
                        null,
                        null,
                        List.of(),
                        ProgressStatus.NO_DATA,
                        ended ? "NO_VALUE_IN_LAST_YEAR" : "NO_ACTUAL",
                        null);
            }
            BigDecimal score = cur.get().value();
            boolean met = meets(score, comparator, target);
            ProgressStatus status;
            if (ended) {
                status = met ? ProgressStatus.ACHIEVED : ProgressStatus.NOT_ACHIEVED;
            } else {
                status = met
                        ? ProgressStatus.ON_TRACK
                        : judge(
                                target.subtract(score).multiply(BigDecimal.valueOf(direction)),
                                target.abs().multiply(rules.atRiskShare()));
            }
            return result(
                    score,
                    cur.get().date(),
                    score,
                    null,
                    List.of(),
                    status,
                    met ? "TARGET_MET" : "TARGET_MISSED",
                    null);
        }

        /** The points the trend is fitted on: the latest non-missing observations plus the baseline. */
        List<double[]> trendPoints(BigDecimal baseline, boolean logarithmic) {
            List<Observation> usable = new ArrayList<>(series.observations().stream()
                    .filter(o -> !o.isMissing() && !o.date().isAfter(asOf))
                    .filter(o -> !logarithmic || o.value().signum() > 0)
                    .toList());
            if (baseline != null
                    && (!logarithmic || baseline.signum() > 0)
                    && usable.stream().noneMatch(o -> o.date().equals(baselineDate))) {
                usable.add(new Observation(baselineDate, baseline));
                usable.sort(java.util.Comparator.comparing(Observation::date));
            }
            return usable.stream()
                    .skip(Math.max(0, usable.size() - rules.forecastPoints()))
                    .map(o -> new double[] {
                        o.date().toEpochDay(),
                        logarithmic
                                ? Math.log(o.value().doubleValue())
                                : o.value().doubleValue()
                    })
                    .toList();
        }

        Optional<BigDecimal> linearForecast(BigDecimal baseline) {
            List<double[]> points = trendPoints(baseline, false);
            if (distinctX(points) < rules.minForecastPoints()) {
                return Optional.empty();
            }
            double[] line = fit(points);
            return Optional.of(BigDecimal.valueOf(line[0] + line[1] * end.toEpochDay()));
        }

        Optional<BigDecimal> growthForecast(BigDecimal baseline) {
            List<double[]> points = trendPoints(baseline, true);
            if (distinctX(points) < rules.minForecastPoints()) {
                return Optional.empty();
            }
            double[] line = fit(points);
            double level = Math.exp(line[0] + line[1] * end.toEpochDay());
            double years = years(baselineDate, end);
            return Optional.of(BigDecimal.valueOf((Math.pow(level / baseline.doubleValue(), 1 / years) - 1) * 100));
        }
    }

    private static long distinctX(List<double[]> points) {
        return points.stream().mapToDouble(p -> p[0]).distinct().count();
    }

    /** Least squares y = a + b·x; returns {a, b}. */
    static double[] fit(List<double[]> points) {
        double n = points.size();
        double mx = points.stream().mapToDouble(p -> p[0]).sum() / n;
        double my = points.stream().mapToDouble(p -> p[1]).sum() / n;
        double sxy = 0;
        double sxx = 0;
        for (double[] p : points) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
        }
        double b = sxx == 0 ? 0 : sxy / sxx;
        return new double[] {my - b * mx, b};
    }
}
