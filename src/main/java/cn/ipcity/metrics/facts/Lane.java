package cn.ipcity.metrics.facts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a catalogue measure is counted from facts: which kinds, which flag bits, and what is counted.
 *
 * @param flagMask the bits to test (0: all rows of the kinds)
 * @param flagValue the value the masked bits must have
 */
public record Lane(String measure, Set<FactKind> kinds, int flagMask, int flagValue, Mode mode) {

    public enum Mode {
        /** Rows whose period contains the date. */
        STOCK,
        /** Rows dated (valid_from) within the period. */
        FLOW_COUNT,
        /** The sum of the amounts of rows dated within the period. */
        FLOW_AMOUNT
    }

    public boolean matches(FactKind kind, int flags) {
        return kinds.contains(kind) && (flags & flagMask) == flagValue;
    }

    /** The registry-based measures of the catalogue (measures/catalogue.yml) and how each is counted. */
    public static final Map<String, Lane> ALL = index(List.of(
            stock("valid_invention_patents", FactKind.PATENT_VALID, FactKind.INVENTION),
            stock("valid_patents", FactKind.PATENT_VALID, 0),
            stock("valid_utility_model_patents", FactKind.PATENT_VALID, FactKind.UTILITY_MODEL),
            stock("valid_design_patents", FactKind.PATENT_VALID, FactKind.DESIGN),
            stock("hv_invention_patents", FactKind.HV, 0),
            stock("hv_sei_patents", FactKind.HV_SEI, 0),
            stock("hv_family_abroad_patents", FactKind.HV_FAMILY_ABROAD, 0),
            stock("hv_maintained_10_years_patents", FactKind.HV_MAINTAINED_10_YEARS, 0),
            stock("hv_pledge_patents", FactKind.HV_PLEDGE, 0),
            stock("hv_award_patents", FactKind.HV_AWARD, 0),
            flow("patent_applications", Set.of(FactKind.PATENT_FILED), 0, Mode.FLOW_COUNT),
            flow("invention_applications", Set.of(FactKind.PATENT_FILED), FactKind.INVENTION, Mode.FLOW_COUNT),
            flow("patent_grants", Set.of(FactKind.PATENT_GRANTED), 0, Mode.FLOW_COUNT),
            flow("invention_grants", Set.of(FactKind.PATENT_GRANTED), FactKind.INVENTION, Mode.FLOW_COUNT),
            flow(
                    "patent_transfers_licences",
                    Set.of(FactKind.PATENT_TRANSFER, FactKind.PATENT_LICENCE),
                    0,
                    Mode.FLOW_COUNT),
            flow("patent_transfers", Set.of(FactKind.PATENT_TRANSFER), 0, Mode.FLOW_COUNT),
            flow("patent_licences", Set.of(FactKind.PATENT_LICENCE), 0, Mode.FLOW_COUNT),
            flow("open_licences", Set.of(FactKind.OPEN_LICENCE), 0, Mode.FLOW_COUNT),
            stock("valid_trademarks", FactKind.TRADEMARK_VALID, 0),
            new Lane(
                    "gi_trademarks",
                    Set.of(FactKind.TRADEMARK_VALID),
                    FactKind.GEOGRAPHICAL_INDICATION,
                    FactKind.GEOGRAPHICAL_INDICATION,
                    Mode.STOCK),
            flow("trademark_registrations", Set.of(FactKind.TRADEMARK_VALID), 0, Mode.FLOW_COUNT),
            stock("well_known_trademarks", FactKind.TRADEMARK_WELL_KNOWN, 0),
            stock("madrid_registrations", FactKind.TRADEMARK_MADRID, 0),
            new Lane("copyright_works", Set.of(FactKind.COPYRIGHT), FactKind.SOFTWARE, 0, Mode.FLOW_COUNT),
            new Lane(
                    "software_copyrights",
                    Set.of(FactKind.COPYRIGHT),
                    FactKind.SOFTWARE,
                    FactKind.SOFTWARE,
                    Mode.FLOW_COUNT),
            new Lane("copyright_works_cumulative", Set.of(FactKind.COPYRIGHT), FactKind.SOFTWARE, 0, Mode.STOCK),
            new Lane(
                    "software_copyrights_cumulative",
                    Set.of(FactKind.COPYRIGHT),
                    FactKind.SOFTWARE,
                    FactKind.SOFTWARE,
                    Mode.STOCK),
            stock("plant_variety_rights", FactKind.PLANT_VARIETY, 0),
            stock("ic_layout_designs", FactKind.IC_LAYOUT, 0),
            flow("pledge_amount", Set.of(FactKind.PLEDGE_CONTRACT), 0, Mode.FLOW_AMOUNT),
            flow("pledge_count", Set.of(FactKind.PLEDGE_CONTRACT), 0, Mode.FLOW_COUNT),
            flow("patent_tech_contract_amount", Set.of(FactKind.TECH_CONTRACT), 0, Mode.FLOW_AMOUNT),
            stock("ip_demo_adv_enterprises_national", FactKind.DESIG_NATIONAL, 0),
            stock("ip_demo_adv_enterprises_provincial", FactKind.DESIG_PROVINCIAL, 0),
            stock("ip_adv_enterprises_municipal", FactKind.DESIG_MUNICIPAL, 0),
            stock("gbt29490_certified", FactKind.DESIG_GBT29490, 0),
            stock("high_tech_enterprises", FactKind.DESIG_HIGH_TECH, 0),
            stock("specialized_enterprises", FactKind.DESIG_SPECIALISED, 0)));

    private static Lane stock(String measure, FactKind kind, int typeBit) {
        return new Lane(measure, Set.of(kind), typeBit, typeBit, Mode.STOCK);
    }

    private static Lane flow(String measure, Set<FactKind> kinds, int typeBit, Mode mode) {
        return new Lane(measure, kinds, typeBit, typeBit, mode);
    }

    private static Map<String, Lane> index(List<Lane> lanes) {
        Map<String, Lane> m = new LinkedHashMap<>();
        lanes.forEach(l -> m.put(l.measure(), l));
        return Map.copyOf(m);
    }
}
