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
            field("madridNumber", false)),
    COPYRIGHT(
            "copyright",
            field("registrationNumber", true),
            field("title", true),
            field("category", true),
            field("registrationDate", true),
            field("owner", true),
            field("ownerAddress", false),
            field("jurisdictionCode", false)),
    GI_PRODUCT(
            "gi-product",
            field("approvalNumber", true),
            field("productName", true),
            field("approvalDate", true),
            field("areaCodes", false)),
    GI_MARK_USER(
            "gi-mark-user",
            field("productName", true),
            field("uscc", true),
            field("enterpriseName", true),
            field("approvalDate", true)),
    PLANT_VARIETY(
            "plant-variety",
            field("rightNumber", true),
            field("varietyName", true),
            field("species", false),
            field("grantDate", true),
            field("holder", true),
            field("address", false),
            field("jurisdictionCode", false)),
    IC_LAYOUT(
            "ic-layout",
            field("registrationNumber", true),
            field("name", true),
            field("filingDate", false),
            field("publicationDate", false),
            field("holder", true),
            field("address", false),
            field("jurisdictionCode", false)),
    DESIGNATION(
            "designation",
            field("uscc", true),
            field("enterpriseName", true),
            field(
                    "designationType",
                    true,
                    "NATIONAL_IP_DEMONSTRATION",
                    "NATIONAL_IP_ADVANTAGE",
                    "PROVINCIAL_IP_DEMONSTRATION",
                    "PROVINCIAL_IP_ADVANTAGE",
                    "CITY_IP_ADVANTAGE",
                    "SPECIALISED_SME",
                    "LITTLE_GIANT",
                    "HIGH_TECH",
                    "GBT29490_CERTIFIED"),
            field("designatedOn", true),
            field("validUntil", false),
            field("jurisdictionCode", false)),
    PLEDGE_CONTRACT(
            "pledge-contract",
            field("contractNumber", true),
            field("pledgor", true),
            field("pledgee", true),
            field("registrationDate", true),
            field("amountWan", true),
            field("items", false)),
    TECH_CONTRACT(
            "tech-contract",
            field("contractNumber", true),
            field("registrationDate", true),
            field("seller", true),
            field("buyer", true),
            field("amountWan", true),
            field("patents", false),
            field("jurisdictionCode", false));

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
