package cn.ipcity.generator;

import java.util.Map;

/** Rows written per file (file name → data rows, header excluded) and the time it took. */
public record GenerationSummary(Map<String, Long> rows, long millis) {

    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
