package cn.ipcity.metrics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A pledge threshold of high-value condition (4) and the date from which it is in force.
 *
 * @param unconfirmedDefault true for the configured default ({@code ipcity.high-value.pledge-threshold}): no public
 *     figure was found, so it is shown as 默认值，待确认 until an administrator enters a value for its date
 * @param enteredBy null for the default
 */
public record PledgeThreshold(
        LocalDate validFrom,
        BigDecimal amountYuan,
        String note,
        String enteredBy,
        Instant enteredAt,
        boolean unconfirmedDefault) {}
