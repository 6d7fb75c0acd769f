package cn.ipcity.registry;

import java.time.LocalDate;
import java.util.List;

/** A trademark with its state at the as-of date. */
public record TrademarkSummary(
        String registrationNumber,
        List<Integer> niceClasses,
        String markText,
        String registrant,
        String jurisdictionCode,
        String kind,
        boolean geographicalIndication,
        LocalDate registrationDate,
        LocalDate expiryDate,
        LocalDate wellKnownDate,
        TrademarkState state) {}
