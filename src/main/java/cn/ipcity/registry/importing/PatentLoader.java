package cn.ipcity.registry.importing;

import cn.ipcity.registry.Attribution;
import cn.ipcity.registry.IpcSymbols;
import cn.ipcity.registry.PatentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Patents from a commercial patent-database export; key: application number. */
final class PatentLoader implements Loader {

    private static final Pattern LOCARNO = Pattern.compile("\\d{2}-\\d{2}");
    private static final Pattern FAMILY_MEMBER =
            Pattern.compile("([A-Z]{2})([A-Z0-9][A-Z0-9./-]*)\\s*(?:[（(]([^）)]*)[）)])?");

    private static final List<Column> COLUMNS = List.of(
            Column.stored("application_number", "varchar(14)"),
            Column.stored("type", "text"),
            Column.stored("title", "text"),
            Column.stored("abstract", "text"),
            Column.stored("filing_date", "date"),
            Column.stored("term_end", "date"),
            Column.stored("publication_number", "text"),
            Column.stored("publication_date", "date"),
            Column.stored("grant_number", "text"),
            Column.stored("grant_date", "date"),
            Column.stored("ipc_main", "text"),
            Column.stored("ipc_symbols", "text[]"),
            Column.stored("locarno_class", "text"),
            Column.stored("applicants", "text[]"),
            Column.stored("applicant_address", "text"),
            Column.stored("applicant_jurisdiction_code", "char(6)"),
            Column.stored("applicant_attribution", "text"),
            Column.stored("applicant_domestic", "boolean"),
            Column.stored("export_holders", "text[]"),
            Column.stored("export_status", "text"),
            Column.stored("inventors", "text[]"),
            Column.stored("family_id", "text"),
            Column.stored("family_members", "jsonb"),
            Column.stored("awards", "text[]"));

    @Override
    public RecordType type() {
        return RecordType.PATENT;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public Staged convert(MappedRow row, ImportContext ctx) {
        String number = Fields.applicationNumber(row, "applicationNumber");
        LocalDate filed = row.date("filingDate", true);
        String typeCode = row.code("type", true);
        PatentType type = typeCode == null ? null : PatentType.valueOf(typeCode);
        if (number != null && type != null && number.length() == 14) {
            char digit = number.charAt(4); // 1/8 invention, 2/9 utility model, 3 design
            PatentType byNumber =
                    switch (digit) {
                        case '1', '8' -> PatentType.INVENTION;
                        case '2', '9' -> PatentType.UTILITY_MODEL;
                        case '3' -> PatentType.DESIGN;
                        default -> null;
                    };
            if (byNumber != null && byNumber != type) {
                row.error(
                        "type",
                        row.text("type"),
                        "与申请号第5位表示的类型（" + byNumber + "）不符 / does not match the type the application number encodes ("
                                + byNumber + ")");
            }
        }
        String title = row.required("title");
        LocalDate published = row.date("publicationDate", false);
        LocalDate granted = row.date("grantDate", false);
        if (filed != null && granted != null && granted.isBefore(filed)) {
            row.error("grantDate", granted.toString(), "授权日早于申请日 / grant date before the filing date");
        }
        String ipcMainRaw = row.text("ipcMain");
        String ipcMain = null;
        String locarno = null;
        if (ipcMainRaw != null) {
            if (type == PatentType.DESIGN && LOCARNO.matcher(ipcMainRaw).matches()) {
                locarno = ipcMainRaw;
            } else {
                String problem = IpcSymbols.problem(ipcMainRaw);
                if (problem != null) {
                    row.error("ipcMain", ipcMainRaw, problem);
                } else {
                    ipcMain = IpcSymbols.normalize(ipcMainRaw).orElseThrow();
                }
            }
        }
        List<String> ipcRaw = row.list("ipcSymbols", false);
        if (type == PatentType.DESIGN) {
            ipcRaw = ipcRaw.stream().filter(s -> !LOCARNO.matcher(s).matches()).toList();
        }
        List<String> ipc = new ArrayList<>(row.ipcSymbols("ipcSymbols", ipcRaw));
        if (ipcMain != null) {
            ipc.remove(ipcMain);
            ipc.add(0, ipcMain);
        } else if (!ipc.isEmpty() && type != PatentType.DESIGN) {
            ipcMain = ipc.get(0);
        }
        List<String> applicants = row.list("applicants", true);
        Attribution a = Fields.attribution(row, ctx, "jurisdictionCode", "applicantAddress", null);
        String family = row.text("familyMembers");
        String familyJson = familyJson(row, family);
        if (!row.ok() || a == null) {
            return null;
        }
        return new Staged(number, new Object[] {
            number,
            type.name(),
            title,
            row.text("abstract"),
            filed,
            type.termEnd(filed),
            row.text("publicationNumber"),
            published,
            row.text("grantNumber"),
            granted,
            ipcMain,
            ipc,
            locarno,
            applicants,
            row.text("applicantAddress"),
            a.jurisdictionCode(),
            a.kind().name(),
            a.domestic(),
            row.list("currentHolders", false),
            row.code("legalStatus", false),
            row.list("inventors", false),
            row.text("familyId"),
            familyJson,
            row.list("awards", false)
        });
    }

    /** {@code US11234567B2(授权);EP3456789A1(审中)} → [{"office":"US","number":"US11234567B2","granted":true}, …]. */
    private static String familyJson(MappedRow row, String raw) {
        if (raw == null) {
            return "[]";
        }
        StringBuilder json = new StringBuilder("[");
        for (String part : row.list("familyMembers", false)) {
            Matcher m = FAMILY_MEMBER.matcher(part);
            if (!m.matches()) {
                row.error("familyMembers", part, "同族成员格式应为 US11234567B2(授权) / family member like US11234567B2(授权)");
                continue;
            }
            String status = m.group(3) == null ? "" : m.group(3).trim();
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"office\":\"")
                    .append(m.group(1))
                    .append("\",\"number\":\"")
                    .append(m.group(1))
                    .append(m.group(2))
                    .append("\",\"granted\":")
                    .append(status.equals("授权") || status.equalsIgnoreCase("granted"))
                    .append('}');
        }
        return json.append(']').toString();
    }

    @Override
    public List<Upsert> upserts() {
        return List.of(new Upsert("patent", "true", List.of("application_number"), null, true, false));
    }
}
