package cn.ipcity.account;

import cn.ipcity.account.domain.UserRepository;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is asking, and whether they may change data of a jurisdiction. Every write calls {@link #requireManage}. */
@Service
@Transactional(readOnly = true)
public class CurrentUsers {

    private final UserRepository users;

    CurrentUsers(UserRepository users) {
        this.users = users;
    }

    public Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getName() == null) {
            return Optional.empty();
        }
        return users.findByUsername(auth.getName()).map(u -> u.toCurrentUser());
    }

    public String currentUsername() {
        return current().map(CurrentUser::username).orElse(CurrentUser.SYSTEM);
    }

    /** Throws 403 unless the current user may change data of {@code jurisdictionCode}. */
    public CurrentUser requireManage(String jurisdictionCode) {
        CurrentUser user = current().orElseThrow(() -> new AccessDeniedException("未登录 / not signed in"));
        if (!user.canManage(jurisdictionCode)) {
            throw new AccessDeniedException(
                    "无权修改该行政区划的数据 / " + user.username() + " may not change data of jurisdiction " + jurisdictionCode);
        }
        return user;
    }
}
