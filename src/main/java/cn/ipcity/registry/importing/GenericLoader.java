package cn.ipcity.registry.importing;

import cn.ipcity.common.ChineseCodes;
import cn.ipcity.registry.Attribution;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A loader described by a list of columns, for the record types that need no logic of their own (copyright,
 * GI, plant varieties, IC layouts, designations, pledge and technology contracts): each column says which
 * field feeds it and how the value is checked; an optional attribution fills jurisdiction_code, attribution
 * and domestic from a code field and an address field.
 */
final class GenericLoader implements Loader {

    enum Kind {
        TEXT,
        DATE,
        CODE,
        /** 万元 in the file, yuan in the table. */
        WAN_YUAN,
        LIST,
        USCC,
        APPLICATION_NUMBERS,
        DIVISION_CODES,
        /** A value computed from other columns by {@link Spec#derive}. */
        DERIVED
    }

    record Spec(
            String column,
            String sqlType,
            String field,
            Kind kind,
            boolean required,
            Function<Object[], Object> derive) {
        static Spec of(String column, String sqlType, String field, Kind kind, boolean required) {
            return new Spec(column, sqlType, field, kind, required, null);
        }
    }

    private final RecordType type;
    private final String table;
    private final List<Spec> specs;
    private final List<String> keyFields;
    private final String codeField;
    private final String addressField;
    private final boolean attributed;
    private final List<Column> columns = new ArrayList<>();

    GenericLoader(
            RecordType type,
            String table,
            List<Spec> specs,
            List<String> keyFields,
            boolean attributed,
            String codeField,
            String addressField) {
        this.type = type;
        this.table = table;
        this.specs = specs;
        this.keyFields = keyFields;
        this.attributed = attributed;
        this.codeField = codeField;
        this.addressField = addressField;
        specs.forEach(s -> columns.add(Column.stored(s.column(), s.sqlType())));
        if (attributed) {
            columns.add(Column.stored("jurisdiction_code", "char(6)"));
            columns.add(Column.stored("attribution", "text"));
            columns.add(Column.stored("domestic", "boolean"));
        }
    }

    @Override
    public RecordType type() {
        return type;
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public Staged convert(MappedRow row, ImportContext ctx) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            values[i] = switch (s.kind()) {
                case TEXT -> s.required() ? row.required(s.field()) : row.text(s.field());
                case DATE -> row.date(s.field(), s.required());
                case CODE -> row.code(s.field(), s.required());
                case WAN_YUAN -> wan(row, s);
                case LIST -> row.list(s.field(), s.required());
                case USCC -> uscc(row, s);
                case APPLICATION_NUMBERS -> applicationNumbers(row, s);
                case DIVISION_CODES -> divisionCodes(row, s, ctx);
                case DERIVED -> null;
            };
        }
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).kind() == Kind.DERIVED) {
                values[i] = specs.get(i).derive().apply(values);
            }
        }
        checkPeriod(row, values);
        if (attributed) {
            Attribution a = Fields.attribution(row, ctx, codeField, addressField, null);
            if (a != null) {
                values[specs.size()] = a.jurisdictionCode();
                values[specs.size() + 1] = a.kind().name();
                values[specs.size() + 2] = a.domestic();
            }
        }
        if (!row.ok()) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (String f : keyFields) {
            for (int i = 0; i < specs.size(); i++) {
                if (specs.get(i).field().equals(f)) {
                    key.append(values[i]).append('\u0001');
                }
            }
        }
        return new Staged(key.toString(), values);
    }

    /** A validity period (designatedOn … validUntil) must not end before it starts. */
    private void checkPeriod(MappedRow row, Object[] values) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).field().equals("designatedOn")) {
                from = i;
            } else if (specs.get(i).field().equals("validUntil")) {
                to = i;
            }
        }
        if (from >= 0
                && to >= 0
                && values[from] instanceof java.time.LocalDate start
                && values[to] instanceof java.time.LocalDate end
                && end.isBefore(start)) {
            row.error("validUntil", end.toString(), "有效期截止早于认定日期 / valid until a date before the designation");
        }
    }

    private static BigDecimal wan(MappedRow row, Spec s) {
        BigDecimal v = row.amount(s.field());
        if (v == null && s.required() && row.text(s.field()) == null) {
            row.error(s.field(), null, "必填项为空 / required value is empty");
        }
        return v == null ? null : v.multiply(BigDecimal.valueOf(10_000));
    }

    private static String uscc(MappedRow row, Spec s) {
        String v = s.required() ? row.required(s.field()) : row.text(s.field());
        if (v == null) {
            return null;
        }
        v = v.toUpperCase();
        if (!ChineseCodes.isValidUscc(v)) {
            row.error(s.field(), v, "统一社会信用代码无效（GB 32100-2015 校验码）/ not a valid unified social credit code");
        }
        return v;
    }

    private static List<String> applicationNumbers(MappedRow row, Spec s) {
        List<String> result = new ArrayList<>();
        for (String raw : row.list(s.field(), s.required())) {
            var n = ChineseCodes.normalizeApplicationNumber(raw);
            if (n.isEmpty()) {
                row.error(s.field(), raw, "申请号格式或校验位错误 / not a valid CN application number");
            } else {
                result.add(n.get());
            }
        }
        return result;
    }

    private static List<String> divisionCodes(MappedRow row, Spec s, ImportContext ctx) {
        List<String> result = new ArrayList<>();
        for (String raw : row.list(s.field(), s.required())) {
            var code = ctx.attributor().resolveCode(raw);
            if (code.isEmpty()) {
                row.error(s.field(), raw, "区划代码不存在 / unknown division code");
            } else if (!ctx.inScope(code.get())) {
                row.error(s.field(), raw, ctx.scopeMessage(code.get()));
            } else {
                result.add(code.get());
            }
        }
        return result;
    }

    @Override
    public List<Upsert> upserts() {
        List<String> keyColumns = new ArrayList<>();
        for (String f : keyFields) {
            specs.stream().filter(s -> s.field().equals(f)).forEach(s -> keyColumns.add(s.column()));
        }
        return List.of(new Upsert(table, "true", keyColumns, null, true, false));
    }
}
