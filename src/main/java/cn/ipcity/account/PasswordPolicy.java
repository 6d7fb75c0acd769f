package cn.ipcity.account;

import cn.ipcity.common.InvalidInputException;

/**
 * At least 10 characters with letters and digits, and not the user name: the usual baseline of Chinese
 * government information-system security reviews (等保 2.0 requires complexity; it does not fix numbers).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {}

    public static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException(
                    "password",
                    "密码至少 " + MIN_LENGTH + " 位 / the password needs at least " + MIN_LENGTH + " characters");
        }
        if (!password.chars().anyMatch(Character::isLetter) || !password.chars().anyMatch(Character::isDigit)) {
            throw new InvalidInputException("password", "密码须同时包含字母和数字 / the password needs letters and digits");
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            throw new InvalidInputException("password", "密码不能包含用户名 / the password must not contain the user name");
        }
    }
}
