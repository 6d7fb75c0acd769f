package cn.ipcity.account;

import cn.ipcity.account.domain.UserRepository;
import cn.ipcity.common.InvalidInputException;
import cn.ipcity.common.JurisdictionCodes;
import cn.ipcity.common.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates users and changes passwords, enforcing the password policy and recording each change. */
@Service
public class UserAccounts {

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    UserAccounts(UserRepository users, PasswordEncoder encoder, AuditLog audit) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
    }

    public record NewUser(
            String username, String displayName, String password, Role role, String jurisdictionCode, Long unitId) {}

    @Transactional
    public long create(NewUser user) {
        if (user.username() == null || !user.username().matches("[a-z][a-z0-9._-]{2,63}")) {
            throw new InvalidInputException(
                    "username", "用户名须为 3–64 位小写字母、数字或 . _ - / invalid user name: '" + user.username() + "'");
        }
        PasswordPolicy.check(user.username(), user.password());
        if (users.findByUsername(user.username()).isPresent()) {
            throw new InvalidInputException("username", "用户名已存在 / user already exists: " + user.username());
        }
        String jurisdiction =
                user.jurisdictionCode() == null ? null : JurisdictionCodes.normalize(user.jurisdictionCode());
        long id = users.insert(
                user.username(),
                user.displayName(),
                encoder.encode(user.password()),
                user.role(),
                jurisdiction,
                user.unitId());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("username", user.username());
        after.put("displayName", user.displayName());
        after.put("role", user.role());
        after.put("jurisdictionCode", jurisdiction);
        after.put("unitId", user.unitId());
        audit.record("USER_CREATED", "user", user.username(), jurisdiction, null, after);
        return id;
    }

    @Transactional
    public void changePassword(String username, String currentPassword, String newPassword) {
        var account = users.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username));
        if (!encoder.matches(currentPassword, account.passwordHash())) {
            throw new InvalidInputException("currentPassword", "当前密码不正确 / the current password is wrong");
        }
        PasswordPolicy.check(username, newPassword);
        users.updatePassword(username, encoder.encode(newPassword));
        // the hash itself is never written to the audit log
        audit.record("PASSWORD_CHANGED", "user", username, account.jurisdictionCode(), null, null);
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.findByUsername(username).isPresent();
    }

    @Transactional(readOnly = true)
    public List<CurrentUser> all() {
        return users.findAll().stream().map(u -> u.toCurrentUser()).toList();
    }
}
