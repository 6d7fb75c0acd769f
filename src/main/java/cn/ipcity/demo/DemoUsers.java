package cn.ipcity.demo;

import cn.ipcity.account.Role;
import cn.ipcity.account.UserAccounts;
import cn.ipcity.database.EmbeddedDatabaseMode;
import cn.ipcity.jurisdiction.GovernmentUnit;
import cn.ipcity.jurisdiction.GovernmentUnits;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the demo users listed in the README, once. They exist to try ipcity out, so by default they are
 * created only on the embedded database; {@code ipcity.demo-users=true|false} overrides that.
 */
@Component
@Order(20)
class DemoUsers implements ApplicationRunner {

    /** Shared by all demo users and printed in the README; never use demo users on a real installation. */
    static final String PASSWORD = "Demo2026ipcity";

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    record DemoUser(String username, String displayName, Role role, String jurisdiction, String unit) {}

    static final List<DemoUser> USERS = List.of(
            new DemoUser("weihai.officer", "威海市市场监管局（知识产权局）", Role.PROGRAM_OFFICER, "3710", null),
            new DemoUser("huancui.officer", "环翠区市场监管局", Role.PROGRAM_OFFICER, "371002", null),
            new DemoUser("yantai.officer", "烟台市市场监管局", Role.PROGRAM_OFFICER, "3706", null),
            new DemoUser("zibo.officer", "淄博市市场监管局", Role.PROGRAM_OFFICER, "3703", null),
            new DemoUser("weihai.kjj", "威海市科技局", Role.UNIT_REPORTER, "3710", "市科技局"),
            new DemoUser("huancui.kjj", "环翠区科技局", Role.UNIT_REPORTER, "371002", "区科技局"),
            new DemoUser("weihai.leader", "威海市政府 分管领导", Role.VIEWER, "3710", null),
            new DemoUser("shandong.viewer", "山东省知识产权局", Role.VIEWER, "37", null));

    private final UserAccounts accounts;
    private final GovernmentUnits units;
    private final boolean enabled;

    DemoUsers(
            UserAccounts accounts,
            GovernmentUnits units,
            ObjectProvider<EmbeddedDatabaseMode> embedded,
            @Value("${ipcity.demo-users:auto}") String setting) {
        this.accounts = accounts;
        this.units = units;
        this.enabled = "auto".equals(setting) ? embedded.getIfAvailable() != null : Boolean.parseBoolean(setting);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        int created = 0;
        for (DemoUser user : USERS) {
            if (accounts.exists(user.username())) {
                continue;
            }
            Long unitId = null;
            if (user.unit() != null) {
                GovernmentUnit unit = units.find(user.jurisdiction(), user.unit())
                        .orElseThrow(() -> new IllegalStateException("Demo user " + user.username() + " needs unit "
                                + user.unit() + " of " + user.jurisdiction() + ", which no program names"));
                unitId = unit.id();
            }
            accounts.create(new UserAccounts.NewUser(
                    user.username(), user.displayName(), PASSWORD, user.role(), user.jurisdiction(), unitId));
            created++;
        }
        if (created > 0) {
            log.info("Created {} demo users (password in the README)", created);
        }
    }
}
