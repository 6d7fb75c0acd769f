package cn.ipcity.supervision;

/**
 * How a deadline's offset is counted: working days on the official calendar, or calendar days (a calendar-day
 * due date that falls on a rest day moves to the next working day).
 */
public enum DueUnit {
    WORKING_DAYS,
    CALENDAR_DAYS
}
