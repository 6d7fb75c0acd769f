package cn.ipcity.registry.importing;

import cn.ipcity.registry.Attribution;
import cn.ipcity.registry.NiceClasses;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Registered trademarks; key: registration number. The last status with its date is stored as the end event. */
final class TrademarkLoader implements Loader {

    private static final List<Column> COLUMNS = List.of(
            Column.stored("registration_number", "varchar(16)"),
            Column.stored("nice_classes", "smallint[]"),
            Column.stored("mark_text", "text"),
            Column.stored("registrant", "text"),
            Column.stored("registrant_address", "text"),
            Column.stored("jurisdiction_code", "char(6)"),
            Column.stored("attribution", "text"),
            Column.stored("domestic", "boolean"),
            Column.stored("kind", "text"),
            Column.stored("geographical_indication", "boolean"),
            Column.stored("application_date", "date"),
            Column.stored("registration_date", "date"),
            Column.stored("expiry_date", "date"),
            Column.stored("renewal_dates", "date[]"),
            Column.stored("end_kind", "text"),
            Column.stored("end_date", "date"),
            Column.stored("well_known_date", "date"),
            Column.stored("madrid_number", "text"));

    @Override
    public RecordType type() {
        return RecordType.TRADEMARK;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public Staged convert(MappedRow row, ImportContext ctx) {
        String number = row.required("registrationNumber");
        if (number != null && !number.matches("[A-Z]?\\d{1,12}")) {
            row.error("registrationNumber", number, "注册号应为数字 / a registration number is digits");
        }
        TreeSet<Integer> classes = new TreeSet<>();
        for (String c : row.list("niceClasses", true)) {
            int n = NiceClasses.parse(c);
            if (n < 0) {
                row.error("niceClasses", c, "尼斯分类须为1–45 / Nice class must be 1–45");
            } else {
                classes.add(n);
            }
        }
        String registrant = row.required("registrant");
        Attribution a = Fields.attribution(row, ctx, "jurisdictionCode", "registrantAddress", null);
        String kind = row.code("kind", false);
        String gi = row.code("geographicalIndication", false);
        LocalDate applied = row.date("applicationDate", false);
        LocalDate registered = row.date("registrationDate", false);
        LocalDate expiry = row.date("expiryDate", false);
        List<LocalDate> renewals = new ArrayList<>();
        for (String r : row.list("renewalDates", false)) {
            LocalDate d = parseListedDate(row, r);
            if (d != null) {
                renewals.add(d);
            }
        }
        String status = row.code("status", false);
        LocalDate statusDate = row.date("statusDate", false);
        String endKind = status == null || status.equals("REGISTERED") ? null : status;
        if (endKind != null && statusDate == null) {
            row.error("statusDate", null, "无效/撤销/注销须有状态日期 / an ended registration needs its status date");
        }
        if (applied != null && registered != null && registered.isBefore(applied)) {
            row.error("registrationDate", registered.toString(), "注册日早于申请日 / registered before the application");
        }
        if (!row.ok() || a == null) {
            return null;
        }
        return new Staged(number, new Object[] {
            number,
            List.copyOf(classes),
            row.text("markText"),
            registrant,
            row.text("registrantAddress"),
            a.jurisdictionCode(),
            a.kind().name(),
            a.domestic(),
            kind == null ? "ORDINARY" : kind,
            "true".equals(gi),
            applied,
            registered,
            expiry,
            renewals,
            endKind,
            endKind == null ? null : statusDate,
            row.date("wellKnownDate", false),
            row.text("madridNumber")
        });
    }

    private static LocalDate parseListedDate(MappedRow row, String raw) {
        return row.dateOf("renewalDates", raw);
    }

    @Override
    public List<Upsert> upserts() {
        return List.of(new Upsert("trademark", "true", List.of("registration_number"), null, true, false));
    }
}
