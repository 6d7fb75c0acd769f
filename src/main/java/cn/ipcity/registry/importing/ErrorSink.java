package cn.ipcity.registry.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects a job's errors: all are counted, the first {@code limit} are kept for the report, so that a file
 * with millions of bad rows cannot fill the memory.
 */
public final class ErrorSink {

    private final int limit;
    private final List<RowError> kept = new ArrayList<>();
    private long count;

    public ErrorSink(int limit) {
        this.limit = limit;
    }

    public void add(RowError error) {
        count++;
        if (kept.size() < limit) {
            kept.add(error);
        }
    }

    public List<RowError> kept() {
        return kept;
    }

    public long count() {
        return count;
    }
}
