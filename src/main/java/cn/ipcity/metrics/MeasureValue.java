package cn.ipcity.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A measure's value for a jurisdiction and date (or period).
 *
 * @param value null unless {@code availability} is AVAILABLE
 * @param note why a value is missing or not computed, naming the measure at fault
 */
public record MeasureValue(
        String measure,
        String jurisdictionCode,
        LocalDate from,
        LocalDate to,
        BigDecimal value,
        String unit,
        Availability availability,
        String note) {

    public enum Availability {
        AVAILABLE,
        /** The data for it does not exist (e.g. a year without a population figure): missing, not zero. */
        MISSING,
        /** No source computes this measure yet (the registry-based measures). */
        NOT_COMPUTED
    }
}
