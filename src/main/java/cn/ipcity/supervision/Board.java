package cn.ipcity.supervision;

import cn.ipcity.program.Program;
import cn.ipcity.program.Programs;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervision board of a program, by unit and by task, and the unit score for the annual assessment:
 *
 * <pre>
 * score = 100 × (0.5 × on-time rate + 0.2 × (1 − returned rate) + 0.3 × milestone completion)
 *   on-time rate         = reports submitted by their due date / deadlines passed (1 when none has passed)
 *   returned rate        = review decisions "returned" / all review decisions (0 when none)
 *   milestone completion = milestones due by the day that were done by their due date / milestones due (1 when none)
 * </pre>
 *
 * rounded to one decimal. For a period (a year for the assessment, any range for a circular) only deadlines and
 * milestones due in it and decisions taken in it count, as of the period's end (or today, if earlier).
 */
@Service
public class Board {

    private final Supervision supervision;
    private final Deadlines deadlines;
    private final Programs programs;
    private final JdbcClient jdbc;
    private final Clock clock;

    Board(Supervision supervision, Deadlines deadlines, Programs programs, JdbcClient jdbc, Clock clock) {
        this.supervision = supervision;
        this.deadlines = deadlines;
        this.programs = programs;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One line of the board: a unit or a task. */
    public record Line(
            String key,
            String label,
            int assignments,
            int onTime,
            int late,
            int overdue,
            int dueSoon,
            int returned,
            int decisions,
            int returnedDecisions,
            int milestonesDue,
            int milestonesOnTime,
            BigDecimal score) {}

    public record View(
            Program program,
            LocalDate from,
            LocalDate to,
            LocalDate asOf,
            List<Line> byUnit,
            List<Line> byTask,
            List<Deadline> late) {}

    /** The board of a year (null: the whole supervision up to today). */
    @Transactional(readOnly = true)
    public View of(String programCode, Integer year) {
        return of(
                programCode,
                year == null ? null : LocalDate.of(year, 1, 1),
                year == null ? null : LocalDate.of(year, 12, 31));
    }

    /** The board of a period; null ends: from the start of supervision, to today. */
    @Transactional(readOnly = true)
    public View of(String programCode, LocalDate from, LocalDate to) {
        Program program = programs.get(programCode);
        var user = supervision.user();
        if (!Supervision.canRead(user, program.jurisdictionCode())
                || user.role() == cn.ipcity.account.Role.UNIT_REPORTER) {
            throw new AccessDeniedException(
                    "无权查看督办看板 / " + user.username() + " may not see the board of " + programCode);
        }
        SupervisedProgram sp = supervision
                .find(programCode)
                .orElseThrow(() -> new cn.ipcity.common.NotFoundException("supervision", programCode));
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from == null ? sp.startedOn() : from;
        LocalDate end = to == null ? today : to;
        if (end.isBefore(start)) {
            throw new cn.ipcity.common.InvalidInputException("to", "结束日期早于开始日期 / 'to' is before 'from'");
        }
        LocalDate asOf = end.isAfter(today) ? today : end;
        List<Deadline> all = deadlines.of(sp, asOf).stream()
                .filter(d -> !d.due().isBefore(start) && !d.due().isAfter(end))
                .toList();
        List<Assignment> assignments = supervision.allOf(programCode).stream()
                .filter(a -> a.status() != AssignmentStatus.REMOVED)
                .toList();
        record Decision(long assignmentId, String decision) {}
        List<Decision> decisions = jdbc.sql(
                        """
                        select r.assignment_id, v.decision from report_revision v
                        join progress_report r on r.id = v.report_id join assignment a on a.id = r.assignment_id
                        where a.program_code = ? and v.decision is not null
                          and cast(v.decided_at at time zone 'Asia/Shanghai' as date) between ? and ?""")
                .params(programCode, start, end)
                .query((rs, i) -> new Decision(rs.getLong(1), rs.getString(2)))
                .list();
        Map<Long, Integer> returnedNow = new LinkedHashMap<>();
        jdbc.sql("select r.assignment_id, count(*) from progress_report r join assignment a on a.id = r.assignment_id"
                        + " where a.program_code = ? and r.status = 'RETURNED' group by r.assignment_id")
                .param(programCode)
                .query(rs -> {
                    returnedNow.put(rs.getLong(1), rs.getInt(2));
                });
        List<Milestone> milestones = supervision.milestonesOfProgram(programCode).stream()
                .filter(m -> !m.dueDate().isAfter(asOf) && m.status() != MilestoneStatus.DROPPED)
                .filter(m -> !m.dueDate().isBefore(start) && !m.dueDate().isAfter(end))
                .toList();

        Function<Assignment, String> unitKey = a -> String.valueOf(a.unitId());
        Function<Assignment, String> taskKey = a -> a.sectionNumber() + "." + a.taskNumber();
        List<Line> byUnit = lines(
                assignments,
                unitKey,
                Assignment::unitName,
                all,
                decisions.stream()
                        .map(d -> Map.entry(d.assignmentId(), d.decision()))
                        .toList(),
                returnedNow,
                milestones,
                (m, a) -> m.ownerUnitId() == a.unitId());
        List<Line> byTask = lines(
                assignments,
                taskKey,
                a -> taskKey.apply(a) + " " + (a.taskTitle() == null ? "" : a.taskTitle()),
                all,
                decisions.stream()
                        .map(d -> Map.entry(d.assignmentId(), d.decision()))
                        .toList(),
                returnedNow,
                milestones,
                (m, a) -> m.sectionNumber().equals(a.sectionNumber())
                        && m.taskNumber().equals(a.taskNumber()));
        byUnit = byUnit.stream()
                .sorted(java.util.Comparator.comparing(Line::score).reversed().thenComparing(Line::label))
                .toList();
        List<Deadline> late = all.stream()
                .filter(d -> d.state() == Deadline.State.OVERDUE || d.state() == Deadline.State.LATE)
                .sorted(java.util.Comparator.comparing(Deadline::due)
                        .thenComparing(d -> d.assignment().unitName()))
                .toList();
        return new View(program, start, end, asOf, byUnit, byTask, late);
    }

    private static List<Line> lines(
            List<Assignment> assignments,
            Function<Assignment, String> key,
            Function<Assignment, String> label,
            List<Deadline> deadlines,
            List<Map.Entry<Long, String>> decisions,
            Map<Long, Integer> returnedNow,
            List<Milestone> milestones,
            java.util.function.BiPredicate<Milestone, Assignment> milestoneOf) {
        Map<String, List<Assignment>> groups = new LinkedHashMap<>();
        assignments.forEach(a ->
                groups.computeIfAbsent(key.apply(a), k -> new ArrayList<>()).add(a));
        List<Line> lines = new ArrayList<>();
        groups.forEach((k, group) -> {
            java.util.Set<Long> ids = group.stream().map(Assignment::id).collect(java.util.stream.Collectors.toSet());
            int onTime = 0, late = 0, overdue = 0, dueSoon = 0;
            for (Deadline d : deadlines) {
                if (!ids.contains(d.assignment().id())) {
                    continue;
                }
                switch (d.state()) {
                    case ON_TIME -> onTime++;
                    case LATE -> late++;
                    case OVERDUE -> overdue++;
                    case DUE_SOON -> dueSoon++;
                    default -> {}
                }
            }
            int decided = 0, returnedDecisions = 0;
            for (var d : decisions) {
                if (ids.contains(d.getKey())) {
                    decided++;
                    if ("RETURNED".equals(d.getValue())) {
                        returnedDecisions++;
                    }
                }
            }
            int returned =
                    ids.stream().mapToInt(id -> returnedNow.getOrDefault(id, 0)).sum();
            List<Milestone> own = milestones.stream()
                    .filter(m -> milestoneOf.test(m, group.get(0)))
                    .toList();
            int milestonesOnTime = (int) own.stream()
                    .filter(m -> m.completedOn() != null && !m.completedOn().isAfter(m.dueDate()))
                    .count();
            lines.add(new Line(
                    k,
                    label.apply(group.get(0)),
                    group.size(),
                    onTime,
                    late,
                    overdue,
                    dueSoon,
                    returned,
                    decided,
                    returnedDecisions,
                    own.size(),
                    milestonesOnTime,
                    score(onTime, onTime + late + overdue, returnedDecisions, decided, milestonesOnTime, own.size())));
        });
        return lines;
    }

    /** The documented unit score; see the class comment. */
    public static BigDecimal score(
            int onTime,
            int deadlinesPassed,
            int returnedDecisions,
            int decisions,
            int milestonesOnTime,
            int milestonesDue) {
        double onTimeRate = deadlinesPassed == 0 ? 1 : (double) onTime / deadlinesPassed;
        double returnedRate = decisions == 0 ? 0 : (double) returnedDecisions / decisions;
        double milestoneRate = milestonesDue == 0 ? 1 : (double) milestonesOnTime / milestonesDue;
        double score = 100 * (0.5 * onTimeRate + 0.2 * (1 - returnedRate) + 0.3 * milestoneRate);
        return BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP);
    }
}
