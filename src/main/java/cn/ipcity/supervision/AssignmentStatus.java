package cn.ipcity.supervision;

import java.util.Map;
import java.util.Set;

/**
 * Life of an assignment: NOT_STARTED → IN_PROGRESS (first report submitted) → COMPLETED (closed by the
 * officer, reopened to IN_PROGRESS if needed); REMOVED (the unit was taken off the task) is final.
 */
public enum AssignmentStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    REMOVED;

    private static final Map<AssignmentStatus, Set<AssignmentStatus>> NEXT = Map.of(
            NOT_STARTED, Set.of(IN_PROGRESS, COMPLETED, REMOVED),
            IN_PROGRESS, Set.of(COMPLETED, REMOVED),
            COMPLETED, Set.of(IN_PROGRESS),
            REMOVED, Set.of());

    public boolean canMoveTo(AssignmentStatus next) {
        return NEXT.get(this).contains(next);
    }

    public AssignmentStatus moveTo(AssignmentStatus next) {
        if (!canMoveTo(next)) {
            throw new IllegalTransitionException("assignment", name(), next.name());
        }
        return next;
    }

    /** Units report on open assignments only. */
    public boolean isOpen() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}
