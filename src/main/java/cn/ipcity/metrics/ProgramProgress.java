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
            Evaluated e = evaluate(program, i, asOf);
            result.add(new IndicatorProgress(
                    i.code(), i.name(), i.unit().baseSymbol(), i.measure(), e.source(), e.progress()));
        }
        return result;
    }

    /**
     * One indicator's series (approved reported values, or the measure's quarterly levels) and its progress;
     * series and progress are null when the indicator's measure cannot be computed.
     */
    record Evaluated(IndicatorProgress.Source source, IndicatorSeries series, Progress progress) {}

    /** Where an indicator's values come from, and its progress at {@code asOf} (also the cockpit's cards). */
    Evaluated evaluate(Program program, Indicator i, LocalDate asOf) {
        IndicatorSeries series;
        IndicatorProgress.Source source;
        if (i.isReported()) {
            source = IndicatorProgress.Source.REPORTED;
            series = reportedValues.approvedSeries(program.code(), i.code());
        } else if (measures.isComputable(i.measure())) {
            source = IndicatorProgress.Source.MEASURE;
            series = MeasureSeries.of(measures, program, i, asOf);
        } else {
            return new Evaluated(IndicatorProgress.Source.NOT_COMPUTED, null, null);
        }
        return new Evaluated(
                source,
                series,
                ProgressCalculator.evaluate(
                        i, program.periodStart(), program.periodEnd(), series, asOf, ProgressRules.DEFAULT));
    }
}
