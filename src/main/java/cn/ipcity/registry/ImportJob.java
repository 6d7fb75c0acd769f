package cn.ipcity.registry;

import java.time.Instant;
import java.util.List;

/** An import job as recorded in the history: who, when, which file (name, SHA-256, size), progress and counts. */
public record ImportJob(
        long id,
        String recordType,
        String profileName,
        String fileName,
        String fileSha256,
        long fileSize,
        String encoding,
        String scopeJurisdictionCode,
        String createdBy,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        Status status,
        long bytesRead,
        long rowsRead,
        long rowsInserted,
        long rowsUpdated,
        long rowsUnchanged,
        long rowsRejected,
        long errorCount,
        String message,
        List<String> warnings) {

    public enum Status {
        QUEUED,
        RUNNING,
        SUCCEEDED,
        FAILED;

        public boolean finished() {
            return this == SUCCEEDED || this == FAILED;
        }
    }

    /** Rows accepted: new, changed and already identical records. */
    public long rowsImported() {
        return rowsInserted + rowsUpdated + rowsUnchanged;
    }

    /** 0–100, by bytes read while parsing; 100 once finished. */
    public int percent() {
        if (status.finished()) {
            return 100;
        }
        return fileSize == 0 ? 0 : (int) Math.min(99, bytesRead * 100 / fileSize);
    }
}
