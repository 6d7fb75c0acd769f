package cn.ipcity.account.domain;

import cn.ipcity.account.AuditLog;
import cn.ipcity.account.SecurityProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Locks an account for a while after too many wrong passwords in a row (form login and HTTP Basic alike). */
@Component
class LoginAttempts {

    private final UserRepository users;
    private final SecurityProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    LoginAttempts(UserRepository users, SecurityProperties properties, AuditLog audit, Clock clock) {
        this.users = users;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        int failures = users.recordFailedLogin(username);
        if (failures >= properties.maxFailedLogins()) {
            Instant until = clock.instant().plus(properties.lockout());
            users.lockUntil(username, until);
            audit.recordAs(
                    username,
                    "USER_LOCKED",
                    "user",
                    username,
                    null,
                    null,
                    Map.of("failedLogins", failures, "lockedUntil", until.toString()));
        }
    }

    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        users.resetFailedLogins(event.getAuthentication().getName());
    }
}
