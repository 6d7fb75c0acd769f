package cn.ipcity.metrics.facts;

import cn.ipcity.registry.PatentEvent;
import cn.ipcity.registry.PatentLifecycle;
import cn.ipcity.registry.PatentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The facts of one patent, derived from its filing facts and legal events with the registry's rule
 * ({@link PatentLifecycle#validSpans}). Attribution follows the holder at each date: a transfer moves the
 * patent's valid span to the new holder's county from the transfer date on. Rows without a county (foreign or
 * unattributed holders) are not written, since no jurisdiction counts them.
 */
public final class PatentFacts {

    /** The first date from which each high-value condition holds (absent: never). */
    @FunctionalInterface
    public interface HighValueSince {
        Map<FactKind, LocalDate> since(Patent patent);

        HighValueSince NONE = p -> Map.of();
    }

    /** What the derivation needs of a patent; {@code events} in register order (date, then id). */
    public record Patent(
            String applicationNumber,
            PatentType type,
            LocalDate filingDate,
            String applicantCounty,
            List<PatentEvent> events,
            HighValueData highValue) {}

    /** The data the high-value conditions read; null members where not loaded (non-inventions). */
    public record HighValueData(
            List<String> ipcSymbols, String title, String abstractText, String familyMembers, List<String> awards) {}

    private PatentFacts() {}

    public static List<Fact> derive(Patent p, HighValueSince highValue) {
        List<Fact> facts = new ArrayList<>();
        String key = p.applicationNumber();
        int typeBit = typeBit(p.type());
        add(facts, FactKind.PATENT_FILED, key, 0, p.applicantCounty(), p.filingDate(), null, typeBit);
        List<PatentLifecycle.ValidSpan> spans =
                PatentLifecycle.validSpans(p.type(), p.filingDate(), p.applicantCounty(), p.events());
        int seq = 0;
        for (PatentLifecycle.ValidSpan s : spans) {
            add(facts, FactKind.PATENT_VALID, key, seq++, s.jurisdictionCode(), s.from(), s.until(), typeBit);
        }
        flows(p, facts, typeBit);
        if (p.type() == PatentType.INVENTION && !spans.isEmpty()) {
            Map<FactKind, LocalDate> since = new EnumMap<>(FactKind.class);
            since.putAll(highValue.since(p));
            LocalDate first =
                    since.values().stream().min(Comparator.naturalOrder()).orElse(null);
            if (first != null) {
                since.put(FactKind.HV, first);
            }
            since.forEach((kind, from) -> clip(facts, kind, key, spans, from));
        }
        return facts;
    }

    /** Grants, transfers and licences, each attributed to the holder at its date (transfers: before it). */
    private static void flows(Patent p, List<Fact> facts, int typeBit) {
        String holder = p.applicantCounty();
        List<PatentEvent> ordered = p.events().stream()
                .sorted(Comparator.comparing(PatentEvent::date))
                .toList();
        int grant = 0;
        int transfer = 0;
        int licence = 0;
        int open = 0;
        for (PatentEvent e : ordered) {
            String key = p.applicationNumber();
            switch (e.code()) {
                case GRANT -> add(facts, FactKind.PATENT_GRANTED, key, grant++, holder, e.date(), null, typeBit);
                case TRANSFER -> {
                    add(facts, FactKind.PATENT_TRANSFER, key, transfer++, holder, e.date(), null, 0);
                    holder = e.holderJurisdictionCode();
                }
                case LICENCE -> add(facts, FactKind.PATENT_LICENCE, key, licence++, holder, e.date(), null, 0);
                case OPEN_LICENCE -> add(facts, FactKind.OPEN_LICENCE, key, open++, holder, e.date(), null, 0);
                default -> {}
            }
        }
        if (grant > 1) {
            // a second grant of the same right is an anomaly of the register: the patent is granted once
            facts.removeIf(f -> f.kind() == FactKind.PATENT_GRANTED && f.seq() > 0);
        }
    }

    private static void clip(
            List<Fact> facts, FactKind kind, String key, List<PatentLifecycle.ValidSpan> spans, LocalDate from) {
        int seq = 0;
        for (PatentLifecycle.ValidSpan s : spans) {
            if (!s.until().isAfter(from)) {
                continue;
            }
            LocalDate start = s.from().isBefore(from) ? from : s.from();
            add(facts, kind, key, seq++, s.jurisdictionCode(), start, s.until(), 0);
        }
    }

    private static void add(
            List<Fact> facts,
            FactKind kind,
            String key,
            int seq,
            String county,
            LocalDate from,
            LocalDate until,
            int flags) {
        if (county != null) {
            facts.add(new Fact(kind, key, seq, county, from, until, null, flags));
        }
    }

    static int typeBit(PatentType type) {
        return switch (type) {
            case INVENTION -> FactKind.INVENTION;
            case UTILITY_MODEL -> FactKind.UTILITY_MODEL;
            case DESIGN -> FactKind.DESIGN;
        };
    }
}
