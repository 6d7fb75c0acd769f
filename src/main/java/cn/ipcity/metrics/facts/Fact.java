package cn.ipcity.metrics.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of {@code ip_fact}. */
public record Fact(
        FactKind kind,
        String recordKey,
        int seq,
        String county,
        LocalDate from,
        LocalDate until,
        BigDecimal amount,
        int flags) {}
