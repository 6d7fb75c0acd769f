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
        List<String> awards) {}
