package cn.ipcity.metrics;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A value of a {@code reported} indicator for a year.
 *
 * @param value in the indicator's unit (亿元 …), as entered
 * @param valueInBaseUnit the same value in the base unit (元 …)
 * @param version increases with every change; writes must name the version they saw
 */
public record ReportedValue(
        long id,
        String programCode,
        String indicatorCode,
        int year,
        BigDecimal value,
        String unit,
        BigDecimal valueInBaseUnit,
        String evidence,
        ReportedValueState state,
        long unitId,
        String unitName,
        String reportedBy,
        Instant reportedAt,
        String reviewComment,
        String reviewedBy,
        Instant reviewedAt,
        int version) {

    public String key() {
        return programCode + "/" + indicatorCode + "/" + year;
    }
}
