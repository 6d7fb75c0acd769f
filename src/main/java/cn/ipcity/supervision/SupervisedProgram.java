package cn.ipcity.supervision;

import java.time.LocalDate;

/**
 * A program under supervision.
 *
 * @param dueOffset a period's report is due this many {@code dueUnit} after the period's last day
 * @param leaderUsername receives the second-level 督办单; null: the program officers of the jurisdiction
 */
public record SupervisedProgram(
        String programCode,
        String jurisdictionCode,
        Schedule schedule,
        int dueOffset,
        DueUnit dueUnit,
        String leaderUsername,
        LocalDate startedOn,
        String startedBy) {}
