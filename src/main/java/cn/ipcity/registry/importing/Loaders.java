package cn.ipcity.registry.importing;

import static cn.ipcity.registry.importing.GenericLoader.Kind.APPLICATION_NUMBERS;
import static cn.ipcity.registry.importing.GenericLoader.Kind.CODE;
import static cn.ipcity.registry.importing.GenericLoader.Kind.DATE;
import static cn.ipcity.registry.importing.GenericLoader.Kind.DERIVED;
import static cn.ipcity.registry.importing.GenericLoader.Kind.DIVISION_CODES;
import static cn.ipcity.registry.importing.GenericLoader.Kind.LIST;
import static cn.ipcity.registry.importing.GenericLoader.Kind.TEXT;
import static cn.ipcity.registry.importing.GenericLoader.Kind.USCC;
import static cn.ipcity.registry.importing.GenericLoader.Kind.WAN_YUAN;

import cn.ipcity.registry.importing.GenericLoader.Spec;
import java.util.List;

/** The loader of each record type. */
final class Loaders {

    private Loaders() {}

    static Loader of(RecordType type) {
        return switch (type) {
            case PARTY -> new PartyLoader();
            case PATENT -> new PatentLoader();
            case PATENT_EVENT -> new PatentEventLoader();
            case TRADEMARK -> new TrademarkLoader();
            case COPYRIGHT ->
                new GenericLoader(
                        type,
                        "copyright_registration",
                        List.of(
                                Spec.of("registration_number", "text", "registrationNumber", TEXT, true),
                                Spec.of("title", "text", "title", TEXT, true),
                                Spec.of("category", "text", "category", TEXT, true),
                                new Spec(
                                        "software",
                                        "boolean",
                                        "software",
                                        DERIVED,
                                        false,
                                        v -> v[2] != null && ((String) v[2]).contains("软件")),
                                Spec.of("registration_date", "date", "registrationDate", DATE, true),
                                Spec.of("owner", "text", "owner", TEXT, true),
                                Spec.of("owner_address", "text", "ownerAddress", TEXT, false)),
                        List.of("registrationNumber"),
                        true,
                        "jurisdictionCode",
                        "ownerAddress");
            case GI_PRODUCT ->
                new GenericLoader(
                        type,
                        "gi_product",
                        List.of(
                                Spec.of("approval_number", "text", "approvalNumber", TEXT, true),
                                Spec.of("product_name", "text", "productName", TEXT, true),
                                Spec.of("approval_date", "date", "approvalDate", DATE, true),
                                Spec.of("area_codes", "text[]", "areaCodes", DIVISION_CODES, false)),
                        List.of("approvalNumber"),
                        false,
                        null,
                        null);
            case GI_MARK_USER ->
                new GenericLoader(
                        type,
                        "gi_mark_user",
                        List.of(
                                Spec.of("product_name", "text", "productName", TEXT, true),
                                Spec.of("uscc", "char(18)", "uscc", USCC, true),
                                Spec.of("enterprise_name", "text", "enterpriseName", TEXT, true),
                                Spec.of("approval_date", "date", "approvalDate", DATE, true)),
                        List.of("productName", "uscc"),
                        false,
                        null,
                        null);
            case PLANT_VARIETY ->
                new GenericLoader(
                        type,
                        "plant_variety",
                        List.of(
                                Spec.of("right_number", "text", "rightNumber", TEXT, true),
                                Spec.of("variety_name", "text", "varietyName", TEXT, true),
                                Spec.of("species", "text", "species", TEXT, false),
                                Spec.of("grant_date", "date", "grantDate", DATE, true),
                                Spec.of("holder", "text", "holder", TEXT, true),
                                Spec.of("address", "text", "address", TEXT, false)),
                        List.of("rightNumber"),
                        true,
                        "jurisdictionCode",
                        "address");
            case IC_LAYOUT ->
                new GenericLoader(
                        type,
                        "ic_layout",
                        List.of(
                                Spec.of("registration_number", "text", "registrationNumber", TEXT, true),
                                Spec.of("name", "text", "name", TEXT, true),
                                Spec.of("filing_date", "date", "filingDate", DATE, false),
                                Spec.of("publication_date", "date", "publicationDate", DATE, false),
                                Spec.of("holder", "text", "holder", TEXT, true),
                                Spec.of("address", "text", "address", TEXT, false)),
                        List.of("registrationNumber"),
                        true,
                        "jurisdictionCode",
                        "address");
            case DESIGNATION ->
                new GenericLoader(
                        type,
                        "designation",
                        List.of(
                                Spec.of("uscc", "char(18)", "uscc", USCC, true),
                                Spec.of("designation_type", "text", "designationType", CODE, true),
                                Spec.of("enterprise_name", "text", "enterpriseName", TEXT, true),
                                Spec.of("designated_on", "date", "designatedOn", DATE, true),
                                Spec.of("valid_until", "date", "validUntil", DATE, false)),
                        List.of("uscc", "designationType"),
                        true,
                        "jurisdictionCode",
                        null);
            case PLEDGE_CONTRACT ->
                new GenericLoader(
                        type,
                        "pledge_contract",
                        List.of(
                                Spec.of("contract_number", "text", "contractNumber", TEXT, true),
                                Spec.of("pledgor", "text", "pledgor", TEXT, true),
                                Spec.of("pledgee", "text", "pledgee", TEXT, true),
                                Spec.of("registration_date", "date", "registrationDate", DATE, true),
                                Spec.of("amount_yuan", "numeric(18,2)", "amountWan", WAN_YUAN, true),
                                Spec.of("items", "text[]", "items", LIST, false)),
                        List.of("contractNumber"),
                        false,
                        null,
                        null);
            case TECH_CONTRACT ->
                new GenericLoader(
                        type,
                        "tech_contract",
                        List.of(
                                Spec.of("contract_number", "text", "contractNumber", TEXT, true),
                                Spec.of("registration_date", "date", "registrationDate", DATE, true),
                                Spec.of("seller", "text", "seller", TEXT, true),
                                Spec.of("buyer", "text", "buyer", TEXT, true),
                                Spec.of("amount_yuan", "numeric(18,2)", "amountWan", WAN_YUAN, true),
                                Spec.of("patents", "text[]", "patents", APPLICATION_NUMBERS, false)),
                        List.of("contractNumber"),
                        true,
                        "jurisdictionCode",
                        null);
        };
    }
}
