package cn.ipcity.metrics;

import cn.ipcity.program.Comparator;
import cn.ipcity.program.TargetKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An indicator's progress at an as-of date. Values are in the indicator's base unit; rates and growth in %.
 *
 * @param actual the latest value used (level, or the value of the latest complete year); null when missing
 * @param actualDate the date of {@code actual}
 * @param achievement the value compared with the target: the level (stock at end), actual − baseline
 *     (increment), the average of the years (annual average), the compound annual growth in % (CAGR), or the
 *     value of the latest complete year (each year, rate each year, survey score)
 * @param trajectory the planned value at {@code actualDate} (straight line from baseline to target for level
 *     targets, baseline × (1 + target)^years for compound growth); null for yearly kinds
 * @param years per-year results for yearly kinds, empty otherwise
 * @param reason why the status is what it is, a fixed code (see {@link ProgressCalculator})
 * @param forecast the achievement forecast for the period end; null when the period has ended or there are too
 *     few points
 * @param forecastMet whether the forecast meets the target; null without a forecast
 * @param isFinal true once the as-of date reaches the period end: the final evaluation
 */
public record Progress(
        String indicatorCode,
        TargetKind targetKind,
        Comparator comparator,
        BigDecimal target,
        LocalDate asOf,
        BigDecimal baseline,
        BigDecimal actual,
        LocalDate actualDate,
        BigDecimal achievement,
        BigDecimal trajectory,
        List<YearResult> years,
        ProgressStatus status,
        String reason,
        BigDecimal forecast,
        Boolean forecastMet,
        boolean isFinal) {

    /** A year of a yearly target: its value (null = missing) and whether it met the target (null = unknown). */
    public record YearResult(int year, BigDecimal value, Boolean met) {}
}
