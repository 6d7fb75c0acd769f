package cn.ipcity.metrics.facts;

import cn.ipcity.metrics.HighValueCriterion;
import cn.ipcity.metrics.HighValueInput;
import cn.ipcity.metrics.HighValuePatents;
import cn.ipcity.metrics.HighValueRules;
import cn.ipcity.registry.PatentEventCode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The high-value rules the patent facts are derived with ({@link HighValuePatents#rules()}), and their version:
 * the rules' fingerprint (SEI table version, keyword mode, every pledge threshold), so that a changed table or
 * threshold rebuilds the patent facts.
 */
@Component
class HighValueSource {

    private static final Map<HighValueCriterion, FactKind> KIND = Map.of(
            HighValueCriterion.SEI, FactKind.HV_SEI,
            HighValueCriterion.FAMILY_ABROAD_GRANTED, FactKind.HV_FAMILY_ABROAD,
            HighValueCriterion.MAINTAINED_10_YEARS, FactKind.HV_MAINTAINED_10_YEARS,
            HighValueCriterion.PLEDGE_THRESHOLD, FactKind.HV_PLEDGE,
            HighValueCriterion.AWARD, FactKind.HV_AWARD);

    private final HighValuePatents highValue;

    HighValueSource(HighValuePatents highValue) {
        this.highValue = highValue;
    }

    PatentFacts.HighValueSince since() {
        HighValueRules rules = highValue.rules();
        return patent -> {
            PatentFacts.HighValueData d = patent.highValue();
            if (d == null) {
                return Map.of();
            }
            List<HighValueInput.PledgeRecord> pledges = patent.events().stream()
                    .filter(e -> e.code() == PatentEventCode.PLEDGE)
                    .map(e -> new HighValueInput.PledgeRecord(e.date(), e.pledgeAmount()))
                    .toList();
            Map<HighValueCriterion, LocalDate> since = rules.since(new HighValueInput(
                    patent.applicationNumber(),
                    patent.filingDate(),
                    d.ipcSymbols(),
                    d.title(),
                    d.abstractText(),
                    d.familyMembers(),
                    d.awards(),
                    pledges));
            Map<FactKind, LocalDate> byKind = new EnumMap<>(FactKind.class);
            since.forEach((criterion, date) -> byKind.put(KIND.get(criterion), date));
            return byKind;
        };
    }

    String version() {
        return highValue.rules().fingerprint();
    }
}
