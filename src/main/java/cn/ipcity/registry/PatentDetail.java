package cn.ipcity.registry;

import java.util.List;

/** A patent, its legal events in date order, and what they say at the as-of date. */
public record PatentDetail(PatentRecord record, List<PatentEvent> events, PatentStatus status) {}
