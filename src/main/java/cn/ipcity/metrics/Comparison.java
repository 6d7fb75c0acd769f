package cn.ipcity.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Measures side by side for several jurisdictions at one date: stocks and ratios at {@code asOf}, flows over the
 * calendar year up to it ({@code from} = 1 January of that year).
 */
public record Comparison(LocalDate asOf, List<Row> measures) {

    /**
     * One measure for every jurisdiction asked, in the order asked.
     *
     * @param from the start of a flow's period, null for stocks and ratios
     * @param chartUnit the unit of {@code Entry.chartValue}, scaled to the largest value (万件, 亿元)
     */
    public record Row(
            String measure,
            String name,
            String nameEn,
            String kind,
            String unit,
            LocalDate from,
            LocalDate to,
            String chartUnit,
            List<Entry> values) {}

    /**
     * @param availability AVAILABLE, MISSING or NOT_COMPUTED; {@code value} is null unless AVAILABLE
     * @param text the value formatted (12.35万件), "—" when there is none
     * @param chartValue the value divided for {@code Row.chartUnit}
     */
    public record Entry(
            String jurisdiction,
            String name,
            BigDecimal value,
            String availability,
            String note,
            String text,
            BigDecimal chartValue) {}
}
