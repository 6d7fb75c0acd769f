package cn.ipcity.metrics;

import cn.ipcity.metrics.highvalue.Awards;
import cn.ipcity.metrics.highvalue.FamilyMembers;
import cn.ipcity.metrics.sei.SeiMatcher;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Immutable snapshot of the high-value rules in force: the SEI table version with its keyword mode, and the pledge
 * thresholds by date. {@link #since} is a pure function of a patent's data, cheap enough for an index over millions
 * of patents (per-symbol SEI results are cached; text is read only for keyword rules).
 *
 * <p>The patent counts as high-value at date d iff it is a valid invention patent held domestically at d and some
 * criterion has {@code since ≤ d}; {@code since} itself ignores validity, which the caller clips to.
 */
public final class HighValueRules {

    private final SeiMatcher sei;
    private final List<PledgeThreshold> thresholds;
    private final LocalDate[] thresholdFrom;
    private final BigDecimal[] thresholdAmount;
    private final String fingerprint;

    /** The default applies from its date up to the next entered value; an entered value for its date replaces it. */
    HighValueRules(SeiMatcher sei, PledgeThreshold defaultThreshold, List<PledgeThreshold> entered) {
        this.sei = sei;
        List<PledgeThreshold> all = new ArrayList<>(entered);
        if (entered.stream().noneMatch(t -> t.validFrom().equals(defaultThreshold.validFrom()))) {
            all.add(defaultThreshold);
        }
        all.sort(Comparator.comparing(PledgeThreshold::validFrom));
        this.thresholds = List.copyOf(all);
        this.thresholdFrom = all.stream().map(PledgeThreshold::validFrom).toArray(LocalDate[]::new);
        this.thresholdAmount = all.stream().map(PledgeThreshold::amountYuan).toArray(BigDecimal[]::new);
        StringBuilder f = new StringBuilder(sei.version())
                .append('|')
                .append(sei.keywordMode())
                .append(sei.mainSymbolOnly() ? "|main" : "|all");
        for (PledgeThreshold t : all) {
            f.append('|')
                    .append(t.validFrom())
                    .append('=')
                    .append(t.amountYuan().stripTrailingZeros().toPlainString());
            if (t.unconfirmedDefault()) {
                f.append("(default)");
            }
        }
        this.fingerprint = f.toString();
    }

    /**
     * For each criterion, the first date from which it holds for this patent; a criterion that never holds is
     * absent. SEI and a granted family member abroad hold from the filing date (the data give no date abroad);
     * maintenance from the day after the 10th anniversary of filing; a pledge from the first pledge date whose
     * amount reaches the threshold in force on that date (a later release does not undo it); an award from the
     * end of the year it was conferred, or from filing when that year is unknown.
     */
    public Map<HighValueCriterion, LocalDate> since(HighValueInput in) {
        EnumMap<HighValueCriterion, LocalDate> result = new EnumMap<>(HighValueCriterion.class);
        LocalDate filed = in.filingDate();
        if (filed == null) {
            return Collections.unmodifiableMap(result);
        }
        if (sei.matches(in.ipcSymbols(), in.title(), in.abstractText())) {
            result.put(HighValueCriterion.SEI, filed);
        }
        if (FamilyMembers.anyGrantedAbroad(in.familyMembers())) {
            result.put(HighValueCriterion.FAMILY_ABROAD_GRANTED, filed);
        }
        result.put(HighValueCriterion.MAINTAINED_10_YEARS, maintainedSince(filed));
        LocalDate pledge = pledgeSince(in.pledges());
        if (pledge != null) {
            result.put(HighValueCriterion.PLEDGE_THRESHOLD, pledge);
        }
        LocalDate award = awardSince(in.awards(), filed);
        if (award != null) {
            result.put(HighValueCriterion.AWARD, award);
        }
        return Collections.unmodifiableMap(result);
    }

    /**
     * "More than 10 years": the 10th anniversary itself does not count, the day after does. The anniversary is
     * {@code filed.plusYears(10)}, so a 29 February 2012 filing reaches it on 28 February 2022 and counts from
     * 1 March 2022 (the registry's term rule treats 29 February the same way).
     */
    public static LocalDate maintainedSince(LocalDate filed) {
        return filed.plusYears(10).plusDays(1);
    }

    /** The threshold in force at a date, or null before the first one. */
    public BigDecimal pledgeThresholdAt(LocalDate date) {
        int i = indexAt(date);
        return i < 0 ? null : thresholdAmount[i];
    }

    /** The threshold in force at a date with its provenance (default or entered), empty before the first one. */
    public Optional<PledgeThreshold> pledgeThresholdInForce(LocalDate date) {
        int i = indexAt(date);
        return i < 0 ? Optional.empty() : Optional.of(thresholds.get(i));
    }

    /** All thresholds in date order, the unconfirmed default included where no entered value has its date. */
    public List<PledgeThreshold> pledgeThresholds() {
        return thresholds;
    }

    public String seiVersion() {
        return sei.version();
    }

    public String seiProvenance() {
        return sei.provenance();
    }

    public KeywordMode seiKeywordMode() {
        return sei.keywordMode();
    }

    public boolean seiMainSymbolOnly() {
        return sei.mainSymbolOnly();
    }

    public int seiRuleCount() {
        return sei.ruleCount();
    }

    /** Identifies these rules: SEI version, keyword mode, symbol choice and every threshold. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The matching concordance rules with their details (for explanations; {@link #since} is the fast path). */
    public SeiClassification seiClassification(List<String> ipcSymbols, String title, String abstractText) {
        return sei.classify(ipcSymbols, title, abstractText);
    }

    private LocalDate pledgeSince(List<HighValueInput.PledgeRecord> pledges) {
        if (pledges == null || pledges.isEmpty()) {
            return null;
        }
        LocalDate first = null;
        for (HighValueInput.PledgeRecord p : pledges) {
            if (p == null || p.date() == null || p.amountYuan() == null) {
                continue;
            }
            if (first != null && !p.date().isBefore(first)) {
                continue;
            }
            BigDecimal threshold = pledgeThresholdAt(p.date());
            if (threshold != null && p.amountYuan().compareTo(threshold) >= 0) {
                first = p.date();
            }
        }
        return first;
    }

    private static LocalDate awardSince(List<String> awards, LocalDate filed) {
        if (awards == null || awards.isEmpty()) {
            return null;
        }
        LocalDate first = null;
        for (String text : awards) {
            Awards.Check check = Awards.check(text, filed);
            if (check.countsFrom() != null
                    && (first == null || check.countsFrom().isBefore(first))) {
                first = check.countsFrom();
            }
        }
        return first;
    }

    private int indexAt(LocalDate date) {
        int lo = 0;
        int hi = thresholdFrom.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (thresholdFrom[mid].isAfter(date)) {
                hi = mid - 1;
            } else {
                found = mid;
                lo = mid + 1;
            }
        }
        return found;
    }
}
