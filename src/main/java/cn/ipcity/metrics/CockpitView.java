package cn.ipcity.metrics;

import cn.ipcity.program.Comparator;
import cn.ipcity.program.TargetKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the cockpit of a program shows at an as-of date: one card per numeric indicator and, for the bars, the
 * jurisdictions to compare and the measures to choose from.
 *
 * @param compareJurisdictions the county-level units of the program's city (or the cities of a province)
 * @param compareMeasures the measures of the program's computed indicators, computable ones first, then the
 *     resident population
 */
public record CockpitView(
        String program,
        String title,
        String jurisdictionCode,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate asOf,
        List<Card> cards,
        List<String> compareJurisdictions,
        List<MeasureOption> compareMeasures) {

    /**
     * An indicator's card. Values are in base units ({@code unit}); {@code text} holds them formatted (万件, 亿元).
     *
     * @param source REPORTED, MEASURE or NOT_COMPUTED
     * @param status the progress status, or NOT_COMPUTED when no source computes the measure yet
     * @param achievementUnit the unit of achievement, target and forecast: % for compound growth
     * @param chart null when the indicator is not computed
     * @param recordsFrom for a computed flow: the start of the period its actual value counts (the program period
     *     for level targets, the year of the actual value for yearly ones); null otherwise
     * @param recordsTo for a computed indicator: the date of its actual value (or the as-of date); null when there
     *     is nothing to drill into (not computed, reported, or a date before the period)
     */
    public record Card(
            String indicator,
            String name,
            String nameEn,
            String measure,
            String source,
            String unit,
            String achievementUnit,
            TargetKind targetKind,
            Comparator comparator,
            BigDecimal actual,
            LocalDate actualDate,
            BigDecimal baseline,
            BigDecimal target,
            BigDecimal achievement,
            BigDecimal trajectory,
            BigDecimal forecast,
            Boolean forecastMet,
            Status status,
            String reason,
            boolean isFinal,
            Text text,
            Chart chart,
            LocalDate recordsFrom,
            LocalDate recordsTo) {}

    /** A card's colour: the {@link ProgressStatus}, or NOT_COMPUTED; in the order of the legend. */
    public enum Status {
        ACHIEVED,
        ON_TRACK,
        AT_RISK,
        OFF_TRACK,
        NOT_ACHIEVED,
        NO_DATA,
        NOT_STARTED,
        NOT_COMPUTED;

        static Status of(ProgressStatus status) {
            return valueOf(status.name());
        }
    }

    /** The card's figures as shown: 12.35万件, 30亿元, "—" when missing. */
    public record Text(String actual, String baseline, String target, String achievement, String forecast) {}

    /**
     * The quarterly line chart of an indicator, values divided by {@code divisor} and shown in {@code unit}.
     *
     * @param targetLevel the level the line should reach (stock target, baseline + increment, baseline grown at
     *     the target rate) or the yearly target of a yearly kind; null when it needs an unknown baseline
     */
    public record Chart(String unit, BigDecimal divisor, BigDecimal targetLevel, List<Point> points) {}

    /** A quarter end (or the as-of date): the actual value if known by then, and the planned value. */
    public record Point(LocalDate date, BigDecimal actual, BigDecimal trajectory) {}

    /** A measure to compare jurisdictions on, with whether any source computes it. */
    public record MeasureOption(String code, String name, String nameEn, boolean computable) {}
}
