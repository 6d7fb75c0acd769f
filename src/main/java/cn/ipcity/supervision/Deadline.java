package cn.ipcity.supervision;

import java.time.LocalDate;

/**
 * One deadline of an assignment — a period's report, or a milestone of its task's plan — and where it stands on
 * a given day.
 *
 * @param period the reporting period (2026-Q1), or {@code milestone-<id>}
 * @param submittedOn day of the first submission of the period's report, or the day the milestone was done;
 *     null when neither happened
 * @param milestone the milestone, when this is a milestone's deadline
 */
public record Deadline(
        Assignment assignment, String period, LocalDate due, LocalDate submittedOn, State state, Milestone milestone) {

    public boolean isMilestone() {
        return milestone != null;
    }

    public enum State {
        /** submitted on or before the due date */
        ON_TIME,
        /** submitted after the due date */
        LATE,
        /** not submitted and the due date has passed */
        OVERDUE,
        /** not submitted, due within the reminder window */
        DUE_SOON,
        /** not submitted, not yet due */
        OPEN
    }
}
