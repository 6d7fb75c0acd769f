package cn.ipcity.registry;

/** Nice classification of goods and services: classes 1–34 goods, 35–45 services. */
public final class NiceClasses {

    private NiceClasses() {}

    /** The class number, or -1 when {@code raw} is not a class 1–45 (leading zeros allowed: 09). */
    public static int parse(String raw) {
        String s = raw == null ? "" : raw.trim();
        if (s.isEmpty() || s.length() > 2 || !s.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        int n = Integer.parseInt(s);
        return n >= 1 && n <= 45 ? n : -1;
    }
}
