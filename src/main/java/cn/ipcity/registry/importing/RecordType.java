package cn.ipcity.registry.importing;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The record types an import can load and the fields a mapping profile may map columns to. A field with
 * {@code values} accepts only those codes (after the profile's value map); {@code required} fields must be
 * mapped by every profile of the type.
 */
public enum RecordType {
    PARTY(
            "party",
            field("name", true),
            field("uscc", false),
            field("kind", true, "ENTERPRISE", "UNIVERSITY", "RESEARCH_INSTITUTE", "INDIVIDUAL", "GOVERNMENT", "OTHER"),
            field("address", false),
            field("jurisdictionCode", false),
            field("country", false)),
    PATENT(
            "patent",
            field("applicationNumber", true),
            field("filingDate", true),
            field("type", true, "INVENTION", "UTILITY_MODEL", "DESIGN"),
            field("title", true),
            field("abstract", false),
            field("publicationNumber", false),
            field("publicationDate", false),
            field("grantNumber", false),
            field("grantDate", false),
            field("ipcMain", false),
            field("ipcSymbols", false),
            field("applicants", true),
            field("currentHolders", false),
            field("inventors", false),
            field("applicantAddress", false),
            field("jurisdictionCode", false),
            field("legalStatus", false, "VALID", "PENDING", "INVALID"),
            field("familyMembers", false),
            field("familyId", false),
            field("awards", false)),
    PATENT_EVENT(
            "patent-event",
            field("applicationNumber", true),
            field("eventDate", true),
            field(
                    "eventCode",
                    true,
                    "GRANT",
                    "TRANSFER",
                    "LICENCE",
                    "OPEN_LICENCE",
                    "PLEDGE",
                    "PLEDGE_RELEASE",
                    "LAPSE",
                    "RESTORATION",
                    "INVALIDATION_WHOLE",
                    "INVALIDATION_PART",
                    "ABANDONMENT",
                    "EXPIRY"),
            field("newHolders", false),
            field("licenceKind", false, "EXCLUSIVE", "SOLE", "ORDINARY", "OPEN"),
            field("licensee", false),
            field("pledgeAmount", false),
            field("pledgee", false)),
    TRADEMARK(
            "trademark",
            field("registrationNumber", true),
            field("niceClasses", true),
            field("markText", false),
            field("registrant", true),
            field("registrantAddress", false),
            field("jurisdictionCode", false),
            field("kind", false, "ORDINARY", "COLLECTIVE", "CERTIFICATION"),
            field("geographicalIndication", false, "true", "false"),
            field("applicationDate", false),
            field("registrationDate", false),
            field("expiryDate", false),
            field("renewalDates", false),
            field("status", false, "REGISTERED", "INVALIDATED", "REVOKED", "CANCELLED"),
            field("statusDate", false),
            field("wellKnownDate", false),
            field("madridNumber", false));

    /** A mappable field. */
    public record Field(String name, boolean required, Set<String> values) {}

    private final String code;
    private final Map<String, Field> fields = new LinkedHashMap<>();

    RecordType(String code, Field... fields) {
        this.code = code;
        for (Field f : fields) {
            this.fields.put(f.name(), f);
        }
    }

    private static Field field(String name, boolean required, String... values) {
        return new Field(name, required, Set.of(values));
    }

    /** The name used in files, profiles and the API: party, patent, patent-event, trademark. */
    public String code() {
        return code;
    }

    public Map<String, Field> fields() {
        return fields;
    }

    public static Optional<RecordType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
