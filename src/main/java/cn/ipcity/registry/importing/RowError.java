package cn.ipcity.registry.importing;

/** One line of a job's error report: file row (header = 1; null for the whole file), source column, value, reason. */
public record RowError(Long row, String column, String value, String message) {}
