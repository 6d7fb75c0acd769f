package cn.ipcity.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * What the events say about a patent at {@code asOf}: its state, its holders in order, the county the first
 * holder is attributed to, whether a pledge is registered and not released, how many licences are recorded,
 * and the events that were not legal moves from the state they met (the register is followed anyway).
 */
public record PatentStatus(
        LocalDate asOf,
        RightState state,
        List<String> holders,
        String jurisdictionCode,
        boolean pledged,
        int licences,
        boolean openLicence,
        List<String> anomalies) {}
