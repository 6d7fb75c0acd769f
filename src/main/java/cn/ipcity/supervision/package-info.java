/**
 * Task supervision (督查督办): assignments of program tasks to units, annual plans, progress reports and their
 * review, the official working-day calendar, deadlines, reminders, escalation, the board and circulars.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package cn.ipcity.supervision;
