package cn.ipcity.supervision;

import java.util.Map;
import java.util.Set;

/**
 * Life of a progress report: DRAFT → SUBMITTED → ACCEPTED or RETURNED; RETURNED → RESUBMITTED (after the
 * unit revised it) → ACCEPTED or RETURNED again. ACCEPTED is final. Units edit only DRAFT and RETURNED reports.
 */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    RESUBMITTED,
    ACCEPTED;

    private static final Map<ReportStatus, Set<ReportStatus>> NEXT = Map.of(
            DRAFT, Set.of(SUBMITTED),
            SUBMITTED, Set.of(ACCEPTED, RETURNED),
            RETURNED, Set.of(RESUBMITTED),
            RESUBMITTED, Set.of(ACCEPTED, RETURNED),
            ACCEPTED, Set.of());

    public boolean canMoveTo(ReportStatus next) {
        return NEXT.get(this).contains(next);
    }

    public ReportStatus moveTo(ReportStatus next) {
        if (!canMoveTo(next)) {
            throw new IllegalTransitionException("report", name(), next.name());
        }
        return next;
    }

    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Waiting for the officer's decision. */
    public boolean isPendingReview() {
        return this == SUBMITTED || this == RESUBMITTED;
    }

    /** The state a submission leads to from here. */
    public ReportStatus submitted() {
        return moveTo(this == RETURNED ? RESUBMITTED : SUBMITTED);
    }
}
