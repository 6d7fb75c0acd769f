package cn.ipcity.registry;

import java.time.LocalDate;
import java.util.List;

/** A row of the patent list: the record with its state, holders and attributed county at the as-of date. */
public record PatentSummary(
        String applicationNumber,
        PatentType type,
        String title,
        LocalDate filingDate,
        String ipcMain,
        RightState state,
        List<String> holders,
        String jurisdictionCode) {}
