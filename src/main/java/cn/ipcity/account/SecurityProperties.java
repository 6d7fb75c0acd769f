package cn.ipcity.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adminPassword password of {@code admin} at first start (from IPCITY_ADMIN_PASSWORD); blank → generated
 * @param maxFailedLogins failed logins in a row that lock an account
 * @param lockout how long a locked account stays locked
 */
@ConfigurationProperties("ipcity.security")
public record SecurityProperties(
        String adminPassword, @DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockout) {}
