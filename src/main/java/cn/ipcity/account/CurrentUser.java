package cn.ipcity.account;

import cn.ipcity.common.JurisdictionCodes;

/**
 * The signed-in user and the scope of what they may change.
 *
 * @param jurisdictionCode 6-digit code of the user's jurisdiction; null for the administrator
 * @param unitId government unit of a reporter; null otherwise
 */
public record CurrentUser(String username, String displayName, Role role, String jurisdictionCode, Long unitId) {

    public static final String SYSTEM = "system";

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Officers write within their jurisdiction (including the units inside it); admins everywhere. */
    public boolean canManage(String targetJurisdiction) {
        if (isAdmin()) {
            return true;
        }
        return role == Role.PROGRAM_OFFICER
                && jurisdictionCode != null
                && JurisdictionCodes.contains(jurisdictionCode, targetJurisdiction);
    }
}
