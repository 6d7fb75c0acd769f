package cn.ipcity.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Derives a patent's state and holders at a date from its filing facts and legal events. The rule is the one
 * the list query in SQL applies too: the last state-changing event on or before the date decides the state
 * (none → pending); a valid right whose term has ended is expired; the last transfer on or before the date
 * names the holders (none → the applicants). Events that are not legal moves from the state they meet (a
 * restoration of a right that never lapsed) are reported as anomalies; they are still applied, since the
 * register is the authority and an officer must see and correct the record rather than have it hidden.
 */
public final class PatentLifecycle {

    private PatentLifecycle() {}

    public static PatentStatus derive(
            PatentType type,
            LocalDate filingDate,
            List<String> applicants,
            String applicantJurisdictionCode,
            List<PatentEvent> events,
            LocalDate asOf) {
        LocalDate termEnd = type.termEnd(filingDate);
        RightState state = RightState.PENDING;
        List<String> holders = applicants;
        String jurisdiction = applicantJurisdictionCode;
        int pledges = 0;
        int licences = 0;
        boolean open = false;
        List<String> anomalies = new ArrayList<>();
        List<PatentEvent> ordered = events.stream()
                .filter(e -> !e.date().isAfter(asOf))
                .sorted(Comparator.comparing(PatentEvent::date))
                .toList();
        for (PatentEvent e : ordered) {
            RightState met = byTerm(state, e.date(), termEnd);
            if (!e.code().allowedIn(met)) {
                anomalies.add(e.date() + " " + e.code() + " in state " + met);
            }
            if (e.code().changesState()) {
                state = e.code().resultingState().orElseThrow();
            }
            switch (e.code()) {
                case TRANSFER -> {
                    holders = e.newHolders();
                    jurisdiction = e.holderJurisdictionCode();
                }
                case LICENCE -> licences++;
                case OPEN_LICENCE -> open = true;
                case PLEDGE -> pledges++;
                case PLEDGE_RELEASE -> pledges = Math.max(0, pledges - 1);
                default -> {}
            }
        }
        state = byTerm(state, asOf, termEnd);
        boolean inForce = state == RightState.VALID;
        return new PatentStatus(
                asOf,
                state,
                List.copyOf(holders),
                jurisdiction,
                inForce && pledges > 0,
                licences,
                inForce && open,
                List.copyOf(anomalies));
    }

    /**
     * The periods in which the right is valid, split where its holders change: the same rule as {@link #derive}
     * for every date at once (for each day d, d lies in a span exactly when {@code derive(…, d)} gives VALID, and
     * the span's jurisdiction is the one {@code derive} names). Events of one date all apply from that date. Used
     * to count valid patents by holder at any date without deriving each date anew.
     */
    public static List<ValidSpan> validSpans(
            PatentType type, LocalDate filingDate, String applicantJurisdictionCode, List<PatentEvent> events) {
        LocalDate termEnd = type.termEnd(filingDate);
        List<PatentEvent> ordered =
                events.stream().sorted(Comparator.comparing(PatentEvent::date)).toList();
        List<ValidSpan> spans = new ArrayList<>();
        RightState state = RightState.PENDING;
        String jurisdiction = applicantJurisdictionCode;
        LocalDate openFrom = null;
        String openJurisdiction = null;
        int i = 0;
        while (i < ordered.size()) {
            LocalDate date = ordered.get(i).date();
            for (; i < ordered.size() && ordered.get(i).date().equals(date); i++) {
                PatentEvent e = ordered.get(i);
                if (e.code().changesState()) {
                    state = e.code().resultingState().orElseThrow();
                }
                if (e.code() == PatentEventCode.TRANSFER) {
                    jurisdiction = e.holderJurisdictionCode();
                }
            }
            boolean valid = state == RightState.VALID && date.isBefore(termEnd);
            if (openFrom != null && (!valid || !java.util.Objects.equals(openJurisdiction, jurisdiction))) {
                spans.add(new ValidSpan(openFrom, date.isBefore(termEnd) ? date : termEnd, openJurisdiction));
                openFrom = null;
            }
            if (valid && openFrom == null) {
                openFrom = date;
                openJurisdiction = jurisdiction;
            }
        }
        if (openFrom != null) {
            spans.add(new ValidSpan(openFrom, termEnd, openJurisdiction));
        }
        return spans;
    }

    /**
     * A period {@code from} (included) .. {@code until} (excluded) in which the right is valid and held in
     * {@code jurisdictionCode} (null: a foreign or unattributed holder).
     */
    public record ValidSpan(LocalDate from, LocalDate until, String jurisdictionCode) {}

    private static RightState byTerm(RightState state, LocalDate date, LocalDate termEnd) {
        return state == RightState.VALID && !date.isBefore(termEnd) ? RightState.EXPIRED : state;
    }
}
