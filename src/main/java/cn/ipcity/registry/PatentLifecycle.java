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

    private static RightState byTerm(RightState state, LocalDate date, LocalDate termEnd) {
        return state == RightState.VALID && !date.isBefore(termEnd) ? RightState.EXPIRED : state;
    }
}
