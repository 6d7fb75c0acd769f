package cn.ipcity.metrics.sei;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IPC symbol at group level, e.g. {@code G06F 11/14}: subclass G06F, main group 11, subgroup 14. Spaces, a
 * version suffix like {@code (2006.01)} and leading zeros of the main group ({@code G06F 011/14}) are ignored.
 */
public record IpcSymbol(String subclass, String mainGroup, String subgroup) {

    private static final Pattern SYMBOL = Pattern.compile("([A-H][0-9]{2}[A-Z])0*([0-9]{1,4})/([0-9]{2,6})");

    public static Optional<IpcSymbol> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.toUpperCase(Locale.ROOT).replaceAll("\\(.*\\)", "").replaceAll("[\\s\\u3000]", "");
        Matcher m = SYMBOL.matcher(s);
        return m.matches() ? Optional.of(new IpcSymbol(m.group(1), m.group(2), m.group(3))) : Optional.empty();
    }

    @Override
    public String toString() {
        return subclass + mainGroup + "/" + subgroup;
    }
}
