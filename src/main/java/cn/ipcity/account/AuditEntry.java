package cn.ipcity.account;

import cn.ipcity.common.TimeConfiguration;
import java.time.Instant;
import java.time.LocalDateTime;

/** One recorded write; {@code before}/{@code after} are JSON snapshots (null for creation/deletion). */
public record AuditEntry(
        long id,
        Instant at,
        String actor,
        String action,
        String entityType,
        String entityKey,
        String jurisdictionCode,
        String before,
        String after) {

    /** The time as officers read it (Asia/Shanghai). */
    public LocalDateTime atLocalTime() {
        return LocalDateTime.ofInstant(at, TimeConfiguration.ZONE);
    }
}
