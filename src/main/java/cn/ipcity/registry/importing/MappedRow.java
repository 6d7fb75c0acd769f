package cn.ipcity.registry.importing;

import cn.ipcity.registry.IpcSymbols;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A row seen through a profile: values by field name, converted and checked, with every problem recorded as
 * a row error naming the source column. One instance is reused for all rows of a job.
 */
public final class MappedRow {

    private final ImportProfile profile;
    private final Map<String, Integer> index;
    private final Map<String, String> columnOf;
    private final List<DateTimeFormatter> dateFormats;
    private final String separatorRegex;

    private RawRow row;
    private final List<RowError> errors = new ArrayList<>();

    MappedRow(ImportProfile profile, Map<String, Integer> index, Map<String, String> columnOf) {
        this.profile = profile;
        this.index = index;
        this.columnOf = columnOf;
        this.dateFormats = profile.dateFormats().stream()
                .map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT))
                .toList();
        this.separatorRegex = String.join(
                "|",
                profile.separators().stream()
                        .map(java.util.regex.Pattern::quote)
                        .toList());
    }

    void reset(RawRow row) {
        this.row = row;
        errors.clear();
    }

    public long rowNo() {
        return row.rowNo();
    }

    public List<RowError> errors() {
        return errors;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public String column(String field) {
        return columnOf.getOrDefault(field, field);
    }

    public void error(String field, String value, String message) {
        errors.add(new RowError(row.rowNo(), field == null ? null : column(field), value, message));
    }

    /** The trimmed cell, null when empty or not mapped; a cell that could not be read is an error. */
    public String text(String field) {
        Integer i = index.get(field);
        if (i == null || i < 0) {
            return null;
        }
        if (row.problems() != null && i < row.problems().length && row.problems()[i] != null) {
            error(field, null, row.problems()[i]);
            return null;
        }
        String[] cells = row.cells();
        if (i >= cells.length || cells[i] == null) {
            return null;
        }
        String v = cells[i].strip();
        return v.isEmpty() ? null : v;
    }

    public String required(String field) {
        String v = text(field);
        if (v == null) {
            error(field, null, "必填项为空 / required value is empty");
        }
        return v;
    }

    /** The field's code: the profile's value map first, then the raw value if it is itself a code. */
    public String code(String field, boolean required) {
        String raw = required ? required(field) : text(field);
        if (raw == null) {
            return null;
        }
        Map<String, String> words = profile.values().get(field);
        if (words != null && words.containsKey(raw)) {
            return words.get(raw);
        }
        RecordType.Field f = profile.type().fields().get(field);
        if (f.values().isEmpty() || f.values().contains(raw)) {
            return raw;
        }
        error(
                field,
                raw,
                "无法识别的取值 / unknown value; known: "
                        + (words != null ? String.join("、", words.keySet()) : String.join(", ", f.values())));
        return null;
    }

    public LocalDate date(String field, boolean required) {
        String raw = required ? required(field) : text(field);
        return raw == null ? null : dateOf(field, raw);
    }

    /** Parses {@code raw} with the profile's date formats; an impossible date (2023-02-30) is an error. */
    public LocalDate dateOf(String field, String raw) {
        String v = raw.length() > 10 && raw.charAt(10) == ' ' ? raw.substring(0, 10) : raw; // "2023-02-03 00:00:00"
        for (DateTimeFormatter f : dateFormats) {
            try {
                return LocalDate.parse(v, f);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        error(
                field,
                raw,
                "不是有效日期 / not a valid date (e.g. 2023-02-30 does not exist; formats " + profile.dateFormats() + ")");
        return null;
    }

    public List<String> list(String field, boolean required) {
        String raw = required ? required(field) : text(field);
        if (raw == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (String part : raw.split(separatorRegex)) {
            String p = part.strip();
            if (!p.isEmpty()) {
                values.add(p);
            }
        }
        if (values.isEmpty() && required) {
            error(field, raw, "必填项为空 / required value is empty");
        }
        return values;
    }

    public BigDecimal amount(String field) {
        String raw = text(field);
        if (raw == null) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(raw.replace(",", "").replace("，", ""));
            if (v.signum() < 0) {
                error(field, raw, "金额不能为负 / amount must not be negative");
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            error(field, raw, "不是数字 / not a number");
            return null;
        }
    }

    /** IPC symbols, normalized; each bad one is an error naming it. */
    public List<String> ipcSymbols(String field, List<String> raws) {
        List<String> result = new ArrayList<>();
        for (String raw : raws) {
            String problem = IpcSymbols.problem(raw);
            if (problem != null) {
                error(field, raw, problem);
            } else {
                result.add(IpcSymbols.normalize(raw).orElseThrow());
            }
        }
        return result;
    }
}
