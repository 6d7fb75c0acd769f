package cn.ipcity.supervision;

import java.time.LocalDate;

/**
 * One report deadline of an assignment, and where it stands on a given day.
 *
 * @param submittedOn day of the first submission of the period's report; null when none was submitted
 */
public record Deadline(Assignment assignment, String period, LocalDate due, LocalDate submittedOn, State state) {

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
