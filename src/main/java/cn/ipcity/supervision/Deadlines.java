package cn.ipcity.supervision;

import cn.ipcity.common.TimeConfiguration;
import cn.ipcity.program.Program;
import cn.ipcity.program.Programs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report deadlines of supervised programs: one per open assignment and reporting period from the start of
 * supervision to the end of the program, due {@code dueOffset} working (or calendar) days after the period ends.
 */
@Service
public class Deadlines {

    private final Supervision supervision;
    private final Reports reports;
    private final Programs programs;
    private final WorkCalendar calendar;
    private final SupervisionProperties properties;

    Deadlines(
            Supervision supervision,
            Reports reports,
            Programs programs,
            WorkCalendar calendar,
            SupervisionProperties properties) {
        this.supervision = supervision;
        this.reports = reports;
        this.programs = programs;
        this.calendar = calendar;
        this.properties = properties;
    }

    /** Deadlines of periods that began on or before {@code today}, with their state on that day. */
    @Transactional(readOnly = true)
    public List<Deadline> of(SupervisedProgram sp, LocalDate today) {
        Program program = programs.get(sp.programCode());
        List<Deadline> result = new ArrayList<>();
        LocalDate last = today.isBefore(program.periodEnd()) ? today : program.periodEnd();
        List<Schedule.Period> periods = sp.schedule().periods(sp.startedOn(), last);
        if (periods.isEmpty()) {
            return result;
        }
        Map<String, LocalDate> submitted = new HashMap<>();
        for (Report r : reports.reportsOfProgram(sp.programCode())) {
            if (r.period() != null && r.firstSubmittedAt() != null) {
                submitted.put(
                        r.assignmentId() + "|" + r.period(),
                        LocalDate.ofInstant(r.firstSubmittedAt(), TimeConfiguration.ZONE));
            }
        }
        for (Assignment a : supervision.allOf(sp.programCode())) {
            if (a.status() == AssignmentStatus.REMOVED) {
                continue;
            }
            for (Schedule.Period p : periods) {
                LocalDate due = supervision.dueDate(sp, p);
                LocalDate on = submitted.get(a.id() + "|" + p.label());
                if (on == null && a.status() == AssignmentStatus.COMPLETED) {
                    continue; // a completed task owes no further reports
                }
                result.add(new Deadline(a, p.label(), due, on, state(due, on, today), null));
            }
        }
        return result;
    }

    /** Open and done milestones whose owner still holds the task, due up to the reminder window after today. */
    @Transactional(readOnly = true)
    public List<Deadline> milestonesOf(SupervisedProgram sp, LocalDate today) {
        List<Deadline> result = new ArrayList<>();
        for (Milestone m : supervision.milestonesOfProgram(sp.programCode())) {
            if (m.status() == MilestoneStatus.DROPPED) {
                continue;
            }
            supervision.ownerAssignment(m).ifPresent(a -> {
                Deadline.State state = state(m.dueDate(), m.completedOn(), today);
                result.add(new Deadline(a, "milestone-" + m.id(), m.dueDate(), m.completedOn(), state, m));
            });
        }
        return result;
    }

    public LocalDate reminderFrom(LocalDate due) {
        return calendar.addWorkdays(due, -properties.reminderWorkdays());
    }

    /** The day the 督办单 goes to the program leader: {@code leaderAfterWorkdays} working days after the due date. */
    public LocalDate leaderFrom(LocalDate due) {
        return calendar.addWorkdays(due, properties.leaderAfterWorkdays());
    }

    private Deadline.State state(LocalDate due, LocalDate submittedOn, LocalDate today) {
        if (submittedOn != null) {
            return submittedOn.isAfter(due) ? Deadline.State.LATE : Deadline.State.ON_TIME;
        }
        if (today.isAfter(due)) {
            return Deadline.State.OVERDUE;
        }
        return today.isBefore(reminderFrom(due)) ? Deadline.State.OPEN : Deadline.State.DUE_SOON;
    }
}
