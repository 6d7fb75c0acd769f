package cn.ipcity.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A value of a measure or indicator at the end of {@code date}; {@code value} null means the value is known to
 * be missing (e.g. a per-capita value in a year without a population figure), which is never read as zero.
 */
public record Observation(LocalDate date, BigDecimal value) {

    public static Observation of(String date, String value) {
        return new Observation(LocalDate.parse(date), value == null ? null : new BigDecimal(value));
    }

    public static Observation missing(LocalDate date) {
        return new Observation(date, null);
    }

    public boolean isMissing() {
        return value == null;
    }
}
