package cn.ipcity.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IPC symbols such as {@code G06F 16/29}: section A–H, two-digit class, subclass letter, main group of 1–4
 * digits, '/', subgroup of at least two digits. The subclass must exist in the IPC scheme
 * ({@code reference/ipc-subclasses-en.csv}, edition 2023.01, plus {@code reference/ipc-subclasses-added.csv}). Normalized to the form with one space: {@code H04L 9/32}.
 */
public final class IpcSymbols {

    private static final Pattern SYMBOL = Pattern.compile("([A-H]\\d{2}[A-Z])\\s*(\\d{1,4})\\s*/\\s*(\\d{2,6})");
    private static final Set<String> SUBCLASSES = loadSubclasses();

    private IpcSymbols() {}

    /** The normalized symbol, or empty when the syntax is wrong or the subclass does not exist. */
    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Matcher m = SYMBOL.matcher(raw.trim().toUpperCase());
        if (!m.matches() || !SUBCLASSES.contains(m.group(1))) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) + " " + Integer.parseInt(m.group(2)) + "/" + m.group(3));
    }

    /** Why {@code raw} is not an IPC symbol, or null when it is one. */
    public static String problem(String raw) {
        if (raw == null) {
            return "空 / empty";
        }
        Matcher m = SYMBOL.matcher(raw.trim().toUpperCase());
        if (!m.matches()) {
            return "不是IPC分类号格式（如 G06F 16/29）/ not an IPC symbol like G06F 16/29";
        }
        if (!SUBCLASSES.contains(m.group(1))) {
            return "IPC小类 " + m.group(1) + " 不存在 / IPC subclass " + m.group(1) + " does not exist";
        }
        return null;
    }

    public static boolean subclassExists(String subclass) {
        return SUBCLASSES.contains(subclass);
    }

    private static Set<String> loadSubclasses() {
        Set<String> codes = new HashSet<>();
        try (var in = IpcSymbols.class.getResourceAsStream("/reference/ipc-subclasses-en.csv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int comma = line.indexOf(',');
                if (comma == 4 && line.startsWith("subclass", 5)) {
                    codes.add(line.substring(0, 4));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // subclasses of later IPC editions (H10D, H10F, H10H since 2025.01)
        try (var in = IpcSymbols.class.getResourceAsStream("/reference/ipc-subclasses-added.csv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.length() > 4 && line.charAt(4) == ',') {
                    codes.add(line.substring(0, 4));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(codes);
    }
}
