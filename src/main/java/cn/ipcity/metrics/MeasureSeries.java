package cn.ipcity.metrics;

import cn.ipcity.program.Indicator;
import cn.ipcity.program.Measure;
import cn.ipcity.program.Program;
import cn.ipcity.program.TargetKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The series a computed indicator is judged on, built from {@link Measures} (rules in {@link ProgramProgress}). */
final class MeasureSeries {

    private MeasureSeries() {}

    static IndicatorSeries of(Measures measures, Program program, Indicator indicator, LocalDate asOf) {
        Measure measure = measures.measure(indicator.measure());
        String where = program.jurisdictionCode();
        LocalDate start = program.periodStart();
        LocalDate before = start.minusDays(1);
        LocalDate until = asOf.isAfter(program.periodEnd()) ? program.periodEnd() : asOf;
        boolean flow = measure.kind() == Measure.Kind.FLOW;
        TargetKind kind = indicator.targetKind();
        List<Observation> observations = new ArrayList<>();
        if (kind == TargetKind.STOCK_AT_END || kind == TargetKind.INCREMENT) {
            for (LocalDate d : quarterEnds(start, until)) {
                observations.add(observation(
                        measures,
                        d,
                        flow ? MeasureQuery.over(where, start, d) : MeasureQuery.at(where, d),
                        indicator.measure()));
            }
            BigDecimal baseline = indicator.baseline() != null
                    ? indicator.unit().toBase(indicator.baseline())
                    : flow ? BigDecimal.ZERO : value(measures, indicator.measure(), MeasureQuery.at(where, before));
            return new IndicatorSeries(baseline, observations);
        }
        BigDecimal baseline = kind == TargetKind.CAGR ? yearValue(measures, measure, where, start.getYear() - 1) : null;
        for (int y = start.getYear();
                y <= until.getYear() && !LocalDate.of(y, 12, 31).isAfter(until);
                y++) {
            observations.add(new Observation(LocalDate.of(y, 12, 31), yearValue(measures, measure, where, y)));
        }
        return new IndicatorSeries(baseline, observations);
    }

    private static BigDecimal yearValue(Measures measures, Measure measure, String where, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return switch (measure.kind()) {
            case FLOW -> value(measures, measure.code(), MeasureQuery.over(where, first, last));
            case RATIO -> value(measures, measure.code(), MeasureQuery.at(where, last));
            case STOCK -> {
                BigDecimal end = value(measures, measure.code(), MeasureQuery.at(where, last));
                BigDecimal begin = value(measures, measure.code(), MeasureQuery.at(where, first.minusDays(1)));
                yield end == null || begin == null ? null : end.subtract(begin);
            }
        };
    }

    private static Observation observation(Measures measures, LocalDate date, MeasureQuery query, String measure) {
        return new Observation(date, value(measures, measure, query));
    }

    private static BigDecimal value(Measures measures, String measure, MeasureQuery query) {
        MeasureValue v = measures.value(measure, query);
        return v.availability() == MeasureValue.Availability.AVAILABLE ? v.value() : null;
    }

    /** The quarter ends from the period start up to {@code until}, and {@code until} itself. */
    static List<LocalDate> quarterEnds(LocalDate start, LocalDate until) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate d = start.withDayOfMonth(1)
                .plusMonths(3 - (start.getMonthValue() - 1) % 3)
                .minusDays(1);
        while (!d.isAfter(until)) {
            dates.add(d);
            d = d.plusDays(1).plusMonths(3).minusDays(1);
        }
        if (!until.isBefore(start) && !Set.copyOf(dates).contains(until)) {
            dates.add(until);
        }
        return dates;
    }
}
