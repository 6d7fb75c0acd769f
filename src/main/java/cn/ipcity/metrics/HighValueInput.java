package cn.ipcity.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@link HighValueRules#since} needs of one patent, as the registry stores it.
 *
 * @param ipcSymbols all IPC symbols, main symbol first ({@code G06F 16/29})
 * @param familyMembers {@code patent.family_members} as text (jsonb array of {office, number, granted}); null = none
 * @param awards {@code patent.awards}; null = none
 * @param pledges the patent's PLEDGE events with their amounts (releases are not needed); null = none
 */
public record HighValueInput(
        String applicationNumber,
        LocalDate filingDate,
        List<String> ipcSymbols,
        String title,
        String abstractText,
        String familyMembers,
        List<String> awards,
        List<PledgeRecord> pledges) {

    /** A registered pledge (质押合同登记的生效) and the amount recorded for this patent, in 元 (null = unknown). */
    public record PledgeRecord(LocalDate date, BigDecimal amountYuan) {}
}
