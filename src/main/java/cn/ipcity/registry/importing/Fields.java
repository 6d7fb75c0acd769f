package cn.ipcity.registry.importing;

import cn.ipcity.common.ChineseCodes;
import cn.ipcity.registry.Attribution;

/** Conversions shared by the loaders. */
final class Fields {

    private Fields() {}

    /** The normalized application number (202223220665.2), or null with an error saying what is wrong. */
    static String applicationNumber(MappedRow row, String field) {
        String raw = row.required(field);
        if (raw == null) {
            return null;
        }
        var normalized = ChineseCodes.normalizeApplicationNumber(raw);
        if (normalized.isPresent()) {
            return normalized.get();
        }
        String compact = raw.trim().replace(" ", "").toUpperCase();
        if (compact.startsWith("CN")) {
            compact = compact.substring(2);
        }
        compact = compact.replace(".", "");
        if (compact.matches("(\\d{12}|\\d{8})[0-9X]")) {
            char expected = ChineseCodes.applicationCheckDigit(compact.substring(0, compact.length() - 1));
            row.error(field, raw, "申请号校验位错误，应为 " + expected + " / wrong check digit, expected " + expected);
        } else {
            row.error(field, raw, "不是中国专利申请号 / not a CN application number (e.g. 202223220665.2)");
        }
        return null;
    }

    /**
     * Attribution from an explicit code column, else the address. An unknown explicit code is an error; a
     * record outside the job's scope is an error; an address that cannot be attributed is accepted and
     * flagged for review.
     */
    static Attribution attribution(
            MappedRow row, ImportContext ctx, String codeField, String addressField, String country) {
        String code = codeField == null ? null : row.text(codeField);
        if (code != null && ctx.attributor().resolveCode(code).isEmpty()) {
            row.error(codeField, code, "区划代码不存在 / unknown division code");
            return null;
        }
        String address = addressField == null ? null : row.text(addressField);
        Attribution a = ctx.attributor().attribute(code, address, country);
        if (!ctx.inScope(a.jurisdictionCode())) {
            row.error(
                    code != null ? codeField : addressField,
                    code != null ? code : address,
                    ctx.scopeMessage(a.jurisdictionCode()));
            return null;
        }
        return a;
    }
}
