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
    private final java.util.regex.Pattern separators;
    /** The separators when all are single characters (the usual case): split without a regular expression. */
    private final String separatorChars;

    private final boolean defaultDates;

    private RawRow row;
    private final List<RowError> errors = new ArrayList<>();

    MappedRow(ImportProfile profile, Map<String, Integer> index, Map<String, String> columnOf) {
        this.profile = profile;
        this.index = index;
        this.columnOf = columnOf;
        this.dateFormats = profile.dateFormats().stream()
                .map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT))
                .toList();
        this.separators = java.util.regex.Pattern.compile(String.join(
                "|",
                profile.separators().stream()
                        .map(java.util.regex.Pattern::quote)
                        .toList()));
        this.defaultDates = profile.dateFormats().equals(ImportProfile.DEFAULT_DATE_FORMATS);
        this.separatorChars = profile.separators().stream().allMatch(x -> x.length() == 1)
                ? String.join("", profile.separators())
                : null;
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
        if (defaultDates) {
            LocalDate fast = fastDate(v);
            if (fast != null) {
                return fast;
            }
        }
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

    /**
     * The default formats without the cost of exceptions: yyyy-M-d, yyyy/M/d, yyyy.M.d (one separator kind)
     * and yyyyMMdd; null when the text has another shape (the formatters then decide and report).
     */
    private static LocalDate fastDate(String v) {
        int n = v.length();
        int year;
        int month;
        int day;
        if (n == 8 && digits(v, 0, 8)) {
            year = Integer.parseInt(v, 0, 4, 10);
            month = Integer.parseInt(v, 4, 6, 10);
            day = Integer.parseInt(v, 6, 8, 10);
        } else if (n >= 8 && n <= 10 && digits(v, 0, 4)) {
            char sep = v.charAt(4);
            if (sep != '-' && sep != '/' && sep != '.') {
                return null;
            }
            int second = v.indexOf(sep, 5);
            if (second < 6
                    || second > 7
                    || !digits(v, 5, second)
                    || n - second - 1 < 1
                    || n - second - 1 > 2
                    || !digits(v, second + 1, n)) {
                return null;
            }
            year = Integer.parseInt(v, 0, 4, 10);
            month = Integer.parseInt(v, 5, second, 10);
            day = Integer.parseInt(v, second + 1, n, 10);
        } else {
            return null;
        }
        if (month < 1
                || month > 12
                || day < 1
                || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return to > from;
    }

    public List<String> list(String field, boolean required) {
        String raw = required ? required(field) : text(field);
        if (raw == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        if (separatorChars != null) {
            int start = 0;
            for (int i = 0; i <= raw.length(); i++) {
                if (i == raw.length() || separatorChars.indexOf(raw.charAt(i)) >= 0) {
                    String p = raw.substring(start, i).strip();
                    if (!p.isEmpty()) {
                        values.add(p);
                    }
                    start = i + 1;
                }
            }
        } else {
            for (String part : separators.split(raw)) {
                String p = part.strip();
                if (!p.isEmpty()) {
                    values.add(p);
                }
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
            var normalized = IpcSymbols.normalize(raw);
            if (normalized.isEmpty()) {
                error(field, raw, IpcSymbols.problem(raw));
            } else {
                result.add(normalized.get());
            }
        }
        return result;
    }
}
