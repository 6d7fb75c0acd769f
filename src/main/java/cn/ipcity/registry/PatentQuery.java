package cn.ipcity.registry;

import java.time.LocalDate;

/**
 * Filters of the patent list; every one may be null. {@code jurisdiction} matches the county of the first
 * holder at {@code asOf} (a city or province code includes its counties); {@code holder} is a part of a
 * holder's name; {@code page} counts from 1.
 */
public record PatentQuery(
        String jurisdiction, LocalDate asOf, PatentType type, RightState state, String holder, int page, int size) {}
