package cn.ipcity.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A dated legal event. For a transfer, {@code newHolders} are the holders from that date on and
 * {@code holderJurisdictionCode} is where the first of them is attributed (null when unknown or foreign).
 */
public record PatentEvent(
        LocalDate date,
        PatentEventCode code,
        String statusText,
        List<String> newHolders,
        String holderJurisdictionCode,
        String licenceKind,
        String licensee,
        BigDecimal pledgeAmount,
        String pledgee) {

    public static PatentEvent of(LocalDate date, PatentEventCode code) {
        return new PatentEvent(date, code, null, List.of(), null, null, null, null, null);
    }

    public static PatentEvent transfer(LocalDate date, String holderJurisdictionCode, String... newHolders) {
        return new PatentEvent(
                date,
                PatentEventCode.TRANSFER,
                null,
                List.of(newHolders),
                holderJurisdictionCode,
                null,
                null,
                null,
                null);
    }
}
