package cn.ipcity.jurisdiction;

import java.time.Instant;

/** Resident population of a jurisdiction in a year, with where the figure comes from. */
public record PopulationFigure(
        String jurisdictionCode,
        int year,
        long residentPopulation,
        String kind,
        String source,
        String updatedBy,
        Instant updatedAt) {}
