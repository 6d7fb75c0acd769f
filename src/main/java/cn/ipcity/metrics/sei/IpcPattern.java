package cn.ipcity.metrics.sei;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IPC pattern of the concordance and what it covers:
 *
 * <ul>
 *   <li>{@code G16*} (a class) → every symbol of the subclasses G16A…G16Z;
 *   <li>{@code B41J*} or {@code G16H} (a subclass, with or without {@code *}) → every symbol of that subclass;
 *   <li>{@code G06F11*} or {@code H03M13} (a main group, with or without {@code *}) → G06F 11/00 and every
 *       subgroup of main group 11 (G06F 11/14, G06F 11/3668 …), but not main group 110 or 1;
 *   <li>{@code G06F9/44} (a group with a subgroup) → exactly G06F 9/44; G06F 9/445 is not covered, because the
 *       IPC's subgroup hierarchy is given by dots in the scheme, not by the digits, and the table lists such
 *       subgroups separately when it means them.
 * </ul>
 *
 * A pattern with both {@code /} and {@code *} is refused when the table is loaded: its meaning is not defined.
 */
public record IpcPattern(String text, String classPrefix, String subclass, String mainGroup, String subgroup) {

    private static final Pattern PATTERN =
            Pattern.compile("([A-H][0-9]{2})([A-Z])?(?:0*([0-9]{1,4}))?(?:/([0-9]{2,6}))?(\\*)?");

    public static Optional<IpcPattern> parse(String text) {
        Matcher m = PATTERN.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String subclass = m.group(2) == null ? null : m.group(1) + m.group(2);
        if ((m.group(3) != null && subclass == null) || (m.group(4) != null && m.group(3) == null)) {
            return Optional.empty();
        }
        if (m.group(4) != null && m.group(5) != null) {
            return Optional.empty();
        }
        return Optional.of(new IpcPattern(text.strip(), m.group(1), subclass, m.group(3), m.group(4)));
    }

    public boolean covers(IpcSymbol symbol) {
        if (subclass == null) {
            return symbol.subclass().startsWith(classPrefix);
        }
        if (!subclass.equals(symbol.subclass())) {
            return false;
        }
        if (mainGroup == null) {
            return true;
        }
        if (!mainGroup.equals(symbol.mainGroup())) {
            return false;
        }
        return subgroup == null || subgroup.equals(symbol.subgroup());
    }
}
