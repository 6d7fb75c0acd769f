package cn.ipcity.registry.importing;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A mapping profile: which source column feeds which field of a record type, which columns may be absent,
 * how dates are written, what separates several values in a cell, and value maps (法律状态 words → codes).
 */
public record ImportProfile(
        String name,
        RecordType type,
        String description,
        Map<String, String> columns,
        Set<String> optionalColumns,
        List<String> dateFormats,
        List<String> separators,
        Map<String, Map<String, String>> values) {

    public static final List<String> DEFAULT_DATE_FORMATS =
            List.of("uuuu-M-d", "uuuu/M/d", "uuuu.M.d", "uuuuMMdd", "uuuu年M月d日");
    public static final List<String> DEFAULT_SEPARATORS = List.of(";", "；", "|");
}
