package cn.ipcity.account.domain;

import cn.ipcity.account.CurrentUser;
import cn.ipcity.account.Role;
import java.time.Instant;

public record UserAccount(
        long id,
        String username,
        String displayName,
        String passwordHash,
        Role role,
        String jurisdictionCode,
        Long unitId,
        boolean enabled,
        int failedLogins,
        Instant lockedUntil) {

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public CurrentUser toCurrentUser() {
        return new CurrentUser(username, displayName, role, jurisdictionCode, unitId);
    }
}
