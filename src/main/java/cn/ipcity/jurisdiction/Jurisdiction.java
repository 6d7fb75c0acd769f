package cn.ipcity.jurisdiction;

import cn.ipcity.common.JurisdictionCodes;

/** A province, city or county-level unit; {@code code} has 6 digits. */
public record Jurisdiction(String code, String name, Level level, String parentCode) {

    public enum Level {
        PROVINCE,
        CITY,
        COUNTY
    }

    /** The short form officials write: 37, 3710, 371002. */
    public String shortCode() {
        return JurisdictionCodes.significant(code);
    }
}
