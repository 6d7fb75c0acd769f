package cn.ipcity.metrics;

import cn.ipcity.common.InvalidInputException;
import java.time.LocalDate;

/**
 * Where and when a measure is asked for: a stock at the end of {@code to}, a flow over {@code from}..{@code to}
 * (both days included).
 *
 * @param from null for a stock
 */
public record MeasureQuery(String jurisdictionCode, LocalDate from, LocalDate to) {

    public MeasureQuery {
        if (to == null) {
            throw new InvalidInputException("asOf", "缺少日期 / a date is needed");
        }
        if (from != null && from.isAfter(to)) {
            throw new InvalidInputException("from", "起始日期晚于截止日期 / 'from' lies after 'to'");
        }
    }

    public static MeasureQuery at(String jurisdictionCode, LocalDate asOf) {
        return new MeasureQuery(jurisdictionCode, null, asOf);
    }

    public static MeasureQuery over(String jurisdictionCode, LocalDate from, LocalDate to) {
        return new MeasureQuery(jurisdictionCode, from, to);
    }
}
