package cn.ipcity.notification;

import java.time.Instant;

/** A message in a user's inbox; {@code mailStatus} says whether it was also e-mailed. */
public record Notification(
        long id,
        String username,
        String subject,
        String body,
        String link,
        Instant createdAt,
        Instant readAt,
        String mailTo,
        String mailStatus) {

    public boolean isRead() {
        return readAt != null;
    }
}
