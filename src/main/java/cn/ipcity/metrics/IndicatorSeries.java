package cn.ipcity.metrics;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The values an indicator is judged on, in the indicator's base unit.
 *
 * <ul>
 *   <li>Level kinds (stock at end, increment, compound growth): each observation is the level at the end of its
 *       date (for a flow measure: the flow accumulated since the period start, or for compound growth the value
 *       of the year ending on that date); {@code baseline} is the level at the start of the period (end of the
 *       day before {@code periodStart}, or the year before the period for yearly flows).
 *   <li>Yearly kinds (each year, rate each year, annual average, survey score): each observation is the value of
 *       the calendar year it is dated in; when a year has several, the latest counts.
 * </ul>
 *
 * @param baseline null when unknown
 */
public record IndicatorSeries(BigDecimal baseline, List<Observation> observations) {

    public IndicatorSeries {
        observations = observations.stream()
                .sorted(Comparator.comparing(Observation::date))
                .toList();
    }

    public static IndicatorSeries of(String baseline, Observation... observations) {
        return new IndicatorSeries(baseline == null ? null : new BigDecimal(baseline), List.of(observations));
    }
}
