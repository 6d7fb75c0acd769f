package cn.ipcity.metrics;

import cn.ipcity.program.Indicator;
import cn.ipcity.program.Program;
import cn.ipcity.program.Programs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress of every numeric indicator of a program at an as-of date. Reported indicators use their approved
 * values (one per year, dated 31 December). Computed indicators take their values from {@link Measures} for the
 * program's jurisdiction:
 *
 * <ul>
 *   <li>stock at end, increment: the level at every quarter end from the start of the period to the as-of date
 *       (and at the as-of date itself); for a FLOW measure the level is the flow accumulated since the period
 *       start (baseline 0); the baseline is the document's baseline if it states one, else the value at the end of
 *       the day before the period;
 *   <li>compound growth: yearly values — a FLOW measure's flow of each year, a STOCK or RATIO measure's value at
 *       each year end — with the year before the period as the baseline;
 *   <li>each year, rate each year, annual average, survey score: each year's value — a FLOW measure's flow of the
 *       year, a STOCK measure's change over the year (e.g. newly certified enterprises), a RATIO's year-end value.
 * </ul>
 *
 * A missing value stays missing; a measure no source computes yet gives NOT_COMPUTED and no progress.
 */
@Service
public class ProgramProgress {

    private final Programs programs;
    private final Measures measures;
    private final ReportedValues reportedValues;

    ProgramProgress(Programs programs, Measures measures, ReportedValues reportedValues) {
        this.programs = programs;
        this.measures = measures;
        this.reportedValues = reportedValues;
    }

    @Transactional(readOnly = true)
    public List<IndicatorProgress> of(String programCode, LocalDate asOf) {
        Program program = programs.get(programCode);
        List<IndicatorProgress> result = new ArrayList<>();
        for (Indicator i : program.numericIndicators()) {
            if (i.target() == null || i.comparator() == null) {
                continue;
            }
            String unit = i.unit().baseSymbol();
            if (i.isReported()) {
                IndicatorSeries series = reportedValues.approvedSeries(programCode, i.code());
                result.add(new IndicatorProgress(
                        i.code(),
                        i.name(),
                        unit,
                        i.measure(),
                        IndicatorProgress.Source.REPORTED,
                        evaluate(program, i, series, asOf)));
            } else if (!measures.isComputable(i.measure())) {
                result.add(new IndicatorProgress(
                        i.code(), i.name(), unit, i.measure(), IndicatorProgress.Source.NOT_COMPUTED, null));
            } else {
                IndicatorSeries series = series(program, i, asOf);
                result.add(new IndicatorProgress(
                        i.code(),
                        i.name(),
                        unit,
                        i.measure(),
                        IndicatorProgress.Source.MEASURE,
                        evaluate(program, i, series, asOf)));
            }
        }
        return result;
    }

    private static Progress evaluate(Program p, Indicator i, IndicatorSeries series, LocalDate asOf) {
        return ProgressCalculator.evaluate(i, p.periodStart(), p.periodEnd(), series, asOf, ProgressRules.DEFAULT);
    }

    private IndicatorSeries series(Program program, Indicator indicator, LocalDate asOf) {
        return MeasureSeries.of(measures, program, indicator, asOf);
    }
}
