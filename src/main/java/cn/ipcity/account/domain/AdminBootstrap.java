package cn.ipcity.account.domain;

import cn.ipcity.account.Role;
import cn.ipcity.account.SecurityProperties;
import cn.ipcity.account.UserAccounts;
import cn.ipcity.common.InvalidInputException;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure an administrator exists. At first start the password comes from IPCITY_ADMIN_PASSWORD, or is
 * generated and printed once: it is stored only as a BCrypt hash, so it cannot be shown again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserRepository users;
    private final UserAccounts accounts;
    private final SecurityProperties properties;

    AdminBootstrap(UserRepository users, UserAccounts accounts, SecurityProperties properties) {
        this.users = users;
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.findByUsername("admin").isPresent()) {
            return;
        }
        String configured = properties.adminPassword();
        boolean generated = configured == null || configured.isBlank();
        String password = generated ? generate() : configured;
        try {
            accounts.create(new UserAccounts.NewUser("admin", "系统管理员", password, Role.ADMIN, null, null));
        } catch (InvalidInputException e) {
            throw new IllegalStateException(
                    "IPCITY_ADMIN_PASSWORD does not meet the password policy: " + e.getMessage(), e);
        }
        if (generated) {
            log.warn(
                    "\n\n    ipcity administrator created. 管理员账号已创建\n    user: admin   password: {}\n"
                            + "    This password is shown only once. 此密码只显示一次，请妥善保存。\n",
                    password);
        } else {
            log.info("ipcity administrator 'admin' created with the password from IPCITY_ADMIN_PASSWORD");
        }
    }

    static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 16
                || !sb.chars().anyMatch(Character::isDigit)
                || !sb.chars().anyMatch(Character::isLetter)) {
            if (sb.length() >= 16) {
                sb.setLength(0);
            }
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
