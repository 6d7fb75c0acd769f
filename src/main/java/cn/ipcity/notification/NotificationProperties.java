package cn.ipcity.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param mailFrom sender address of notification e-mails
 */
@ConfigurationProperties("ipcity.notification")
public record NotificationProperties(String mailFrom) {

    public NotificationProperties {
        if (mailFrom == null || mailFrom.isBlank()) {
            mailFrom = "ipcity@localhost";
        }
    }
}
