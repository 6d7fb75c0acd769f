package cn.ipcity.common;

import java.util.regex.Pattern;

/**
 * Statistical division codes. Stored with 6 digits (370000 province, 371000 city, 371002 county); users may
 * write the significant digits only (37, 3710). Codes nest by prefix, which is how the statistical scheme is
 * built: every county code starts with its city's four digits and every city's with its province's two.
 */
public final class JurisdictionCodes {

    private static final Pattern SHAPE = Pattern.compile("\\d{2}|\\d{4}|\\d{6}");

    private JurisdictionCodes() {}

    /** The 6-digit form of a 2-, 4- or 6-digit code; rejects anything else naming the bad value. */
    public static String normalize(String code) {
        String trimmed = code == null ? "" : code.trim();
        if (!SHAPE.matcher(trimmed).matches()) {
            throw new InvalidInputException(
                    "jurisdiction", "不是有效的区划代码 / not a division code (2, 4 or 6 digits): '" + code + "'");
        }
        return (trimmed + "0000").substring(0, 6);
    }

    public static boolean isWellFormed(String code) {
        return code != null && SHAPE.matcher(code.trim()).matches();
    }

    /** The significant prefix: 370000 → 37, 371000 → 3710, 371002 → 371002. */
    public static String significant(String code) {
        String c = normalize(code);
        if (c.endsWith("0000")) {
            return c.substring(0, 2);
        }
        if (c.endsWith("00")) {
            return c.substring(0, 4);
        }
        return c;
    }

    /** True when {@code inner} is {@code outer} itself or lies inside it. */
    public static boolean contains(String outer, String inner) {
        return normalize(inner).startsWith(significant(outer));
    }
}
