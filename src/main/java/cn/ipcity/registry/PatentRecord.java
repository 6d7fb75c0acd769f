package cn.ipcity.registry;

import java.time.LocalDate;
import java.util.List;

/** A patent's bibliographic facts as imported (no state: see {@link PatentStatus}). */
public record PatentRecord(
        String applicationNumber,
        PatentType type,
        String title,
        String abstractText,
        LocalDate filingDate,
        LocalDate termEnd,
        String publicationNumber,
        LocalDate publicationDate,
        String grantNumber,
        LocalDate grantDate,
        String ipcMain,
        List<String> ipcSymbols,
        String locarnoClass,
        List<String> applicants,
        String applicantAddress,
        String applicantJurisdictionCode,
        Attribution.Kind applicantAttribution,
        boolean applicantDomestic,
        List<String> inventors,
        String exportStatus,
        String familyId,
        String familyMembersJson,
        List<String> awards) {

    private static final java.util.regex.Pattern MEMBER =
            java.util.regex.Pattern.compile("\"number\":\\s*\"([^\"]+)\"[^}]*\"granted\":\\s*(true|false)");

    /** Family members abroad for display: number and whether granted there. */
    public List<FamilyMember> familyMembers() {
        List<FamilyMember> members = new java.util.ArrayList<>();
        if (familyMembersJson != null) {
            var m = MEMBER.matcher(familyMembersJson);
            while (m.find()) {
                members.add(new FamilyMember(m.group(1), Boolean.parseBoolean(m.group(2))));
            }
        }
        return members;
    }

    /** A family member abroad. */
    public record FamilyMember(String number, boolean granted) {}
}
