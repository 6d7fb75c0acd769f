package cn.ipcity.common;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Check characters of two Chinese codes: the unified social credit code (统一社会信用代码, GB 32100-2015) and
 * the CNIPA patent application number (申请号, check digit after the dot).
 */
public final class ChineseCodes {

    /** GB 32100-2015 character set: digits and capitals without I, O, S, V, Z. */
    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] APPLICATION_WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9};
    private static final Pattern APPLICATION =
            Pattern.compile("(?:CN)?(\\d{12}|\\d{8})\\.?([0-9X])", Pattern.CASE_INSENSITIVE);

    private ChineseCodes() {}

    /** The 18th character of a unified social credit code whose first 17 characters are given. */
    public static char usccCheckCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("need the first 17 characters of a unified social credit code");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = USCC_CHARS.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("'" + first17.charAt(i) + "' is not allowed in a credit code");
            }
            sum += value * USCC_WEIGHTS[i];
        }
        return USCC_CHARS.charAt((31 - sum % 31) % 31);
    }

    public static boolean isValidUscc(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (USCC_CHARS.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return usccCheckCharacter(code.substring(0, 17)) == code.charAt(17);
    }

    /**
     * The check digit of an application number body (12 digits since 2003: year, type, serial; 8 before):
     * digit weights 2,3,4,5,6,7,8,9 repeating, sum mod 11, where 10 is written X.
     */
    public static char applicationCheckDigit(String body) {
        if (body == null
                || !(body.length() == 12 || body.length() == 8)
                || !body.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("an application number body has 8 or 12 digits: '" + body + "'");
        }
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (body.charAt(i) - '0') * APPLICATION_WEIGHTS[i % APPLICATION_WEIGHTS.length];
        }
        int check = sum % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    /**
     * Normalizes {@code CN202223220665.2}, {@code 2022232206652} and {@code 202223220665.2} to
     * {@code 202223220665.2}; empty when the shape or the check digit is wrong.
     */
    public static Optional<String> normalizeApplicationNumber(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Matcher m = APPLICATION.matcher(raw.trim().replace(" ", ""));
        if (!m.matches()) {
            return Optional.empty();
        }
        String body = m.group(1);
        char check = Character.toUpperCase(m.group(2).charAt(0));
        return applicationCheckDigit(body) == check ? Optional.of(body + "." + check) : Optional.empty();
    }
}
