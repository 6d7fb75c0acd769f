package cn.ipcity.supervision;

import cn.ipcity.account.AuditLog;
import cn.ipcity.account.CurrentUser;
import cn.ipcity.account.CurrentUsers;
import cn.ipcity.account.Role;
import cn.ipcity.account.UserAccounts;
import cn.ipcity.common.InvalidInputException;
import cn.ipcity.common.JurisdictionCodes;
import cn.ipcity.common.NotFoundException;
import cn.ipcity.jurisdiction.GovernmentUnit;
import cn.ipcity.jurisdiction.GovernmentUnits;
import cn.ipcity.program.Program;
import cn.ipcity.program.Programs;
import cn.ipcity.program.Section;
import cn.ipcity.program.Task;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assignments and annual plans. An officer starts supervision of a program, which assigns every task to each
 * of its units (the task's lead as LEAD, the others as CO); from then on officers change roles, add and remove
 * units and plan milestones. Reads follow the access rules: officers and viewers whose jurisdiction contains
 * the program's, and unit reporters for their own unit's assignments only.
 */
@Service
public class Supervision {

    private final JdbcClient jdbc;
    private final Programs programs;
    private final GovernmentUnits units;
    private final CurrentUsers currentUsers;
    private final UserAccounts accounts;
    private final AuditLog audit;
    private final WorkCalendar calendar;
    private final Clock clock;

    Supervision(
            JdbcClient jdbc,
            Programs programs,
            GovernmentUnits units,
            CurrentUsers currentUsers,
            UserAccounts accounts,
            AuditLog audit,
            WorkCalendar calendar,
            Clock clock) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.units = units;
        this.currentUsers = currentUsers;
        this.accounts = accounts;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * @param leaderUsername optional program leader (second escalation level)
     * @param startedOn first day supervised (reporting periods start here); null: today
     */
    public record Start(
            Schedule schedule, Integer dueOffset, DueUnit dueUnit, String leaderUsername, LocalDate startedOn) {}

    public record NewMilestone(
            int planYear,
            String title,
            LocalDate dueDate,
            LocalDate countFrom,
            Integer offset,
            DueUnit offsetUnit,
            Long ownerUnitId,
            List<String> indicatorCodes) {}

    // ---- access

    CurrentUser user() {
        return currentUsers.current().orElseThrow(() -> new AccessDeniedException("未登录 / not signed in"));
    }

    /** Officers and viewers of an enclosing jurisdiction, administrators, and reporters of the jurisdiction. */
    static boolean canRead(CurrentUser user, String programJurisdiction) {
        return user.isAdmin()
                || (user.jurisdictionCode() != null
                        && JurisdictionCodes.contains(user.jurisdictionCode(), programJurisdiction));
    }

    void requireRead(CurrentUser user, Assignment a) {
        String jurisdiction = programs.get(a.programCode()).jurisdictionCode();
        boolean allowed = user.role() == Role.UNIT_REPORTER
                ? user.unitId() != null && user.unitId() == a.unitId()
                : canRead(user, jurisdiction);
        if (!allowed) {
            throw new AccessDeniedException("无权查看该任务 / " + user.username() + " may not see assignment " + a.id());
        }
    }

    /** Only a reporter of the assignment's own unit acts for the unit. */
    CurrentUser requireUnitReporter(Assignment a) {
        CurrentUser user = user();
        if (user.role() != Role.UNIT_REPORTER || user.unitId() == null || user.unitId() != a.unitId()) {
            throw new AccessDeniedException(
                    "只有本单位填报员可以填报 / only reporters of " + a.unitName() + " report on assignment " + a.id());
        }
        return user;
    }

    CurrentUser requireManage(String programCode) {
        return currentUsers.requireManage(programs.get(programCode).jurisdictionCode());
    }

    // ---- programs under supervision

    @Transactional
    public int start(String programCode, Start start) {
        Program program = programs.get(programCode);
        CurrentUser user = currentUsers.requireManage(program.jurisdictionCode());
        if (find(programCode).isPresent()) {
            throw new InvalidInputException(
                    "program", "该方案已在督办中 / supervision of " + programCode + " has started already");
        }
        if (start.schedule() == null) {
            throw new InvalidInputException("schedule", "须选择报送周期 / schedule is required (MONTHLY, QUARTERLY, AD_HOC)");
        }
        int offset = start.dueOffset() == null ? 5 : start.dueOffset();
        if (offset < 0 || offset > 60) {
            throw new InvalidInputException("dueOffset", "报送期限须在 0–60 之间 / dueOffset must be 0–60");
        }
        DueUnit unit = start.dueUnit() == null ? DueUnit.WORKING_DAYS : start.dueUnit();
        String leader = start.leaderUsername() == null || start.leaderUsername().isBlank()
                ? null
                : start.leaderUsername().trim();
        if (leader != null && !accounts.exists(leader)) {
            throw new InvalidInputException("leaderUsername", "用户不存在 / unknown user: " + leader);
        }
        LocalDate startedOn = start.startedOn() == null ? LocalDate.now(clock) : start.startedOn();
        int inserted = jdbc.sql(
                        """
                        insert into supervised_program (program_code, jurisdiction_code, schedule, due_offset, due_unit,
                            leader_username, started_on, started_by) values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (program_code) do nothing""")
                .params(
                        programCode,
                        program.jurisdictionCode(),
                        start.schedule().name(),
                        offset,
                        unit.name(),
                        leader,
                        startedOn,
                        user.username())
                .update();
        if (inserted == 0) { // another officer started it at the same moment
            throw new InvalidInputException(
                    "program", "该方案已在督办中 / supervision of " + programCode + " has started already");
        }
        int created = 0;
        for (Section section : program.sections()) {
            for (Task task : section.tasks()) {
                for (String name : task.units()) {
                    GovernmentUnit u = unitNamed(program, name);
                    created += jdbc.sql(
                                    """
                                    insert into assignment (program_code, section_number, task_number, unit_id, unit_role, status)
                                    values (?, ?, ?, ?, ?, 'NOT_STARTED') on conflict do nothing""")
                            .params(
                                    programCode,
                                    section.number(),
                                    task.number(),
                                    u.id(),
                                    name.equals(task.lead()) ? "LEAD" : "CO")
                            .update();
                }
            }
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("schedule", start.schedule());
        after.put("dueOffset", offset);
        after.put("dueUnit", unit);
        after.put("leader", leader);
        after.put("startedOn", startedOn.toString());
        after.put("assignments", created);
        audit.record("SUPERVISION_STARTED", "supervised_program", programCode, program.jurisdictionCode(), null, after);
        return created;
    }

    @Transactional(readOnly = true)
    public Optional<SupervisedProgram> find(String programCode) {
        return jdbc.sql("select * from supervised_program where program_code = ?")
                .param(programCode)
                .query((rs, i) -> new SupervisedProgram(
                        rs.getString("program_code"),
                        rs.getString("jurisdiction_code"),
                        Schedule.valueOf(rs.getString("schedule")),
                        rs.getInt("due_offset"),
                        DueUnit.valueOf(rs.getString("due_unit")),
                        rs.getString("leader_username"),
                        rs.getDate("started_on").toLocalDate(),
                        rs.getString("started_by")))
                .optional();
    }

    @Transactional(readOnly = true)
    public List<SupervisedProgram> supervisedPrograms() {
        return jdbc
                .sql("select program_code from supervised_program order by program_code")
                .query(String.class)
                .list()
                .stream()
                .map(code -> find(code).orElseThrow())
                .toList();
    }

    /** The report due date of a period: the offset after the period's last day. */
    public LocalDate dueDate(SupervisedProgram sp, Schedule.Period period) {
        return calendar.due(period.end(), sp.dueOffset(), sp.dueUnit());
    }

    // ---- assignments

    /** The program's assignments the current user may see (a reporter: those of their unit), removed ones included. */
    @Transactional(readOnly = true)
    public List<Assignment> assignments(String programCode) {
        Program program = programs.get(programCode);
        CurrentUser user = user();
        if (!canRead(user, program.jurisdictionCode())) {
            throw new AccessDeniedException("无权查看该方案的督办任务 / " + user.username() + " may not see " + programCode);
        }
        List<Assignment> all = query("where a.program_code = ?", programCode);
        if (user.role() == Role.UNIT_REPORTER) {
            return all.stream()
                    .filter(a -> user.unitId() != null && a.unitId() == user.unitId())
                    .toList();
        }
        return all;
    }

    /** Assignments of the current reporter's unit across all programs. */
    @Transactional(readOnly = true)
    public List<Assignment> myUnitAssignments() {
        CurrentUser user = user();
        if (user.unitId() == null) {
            return List.of();
        }
        return query("where a.unit_id = ?", user.unitId());
    }

    @Transactional(readOnly = true)
    public Assignment assignment(long id) {
        Assignment a = load(id);
        requireRead(user(), a);
        return a;
    }

    /** Without an access check, for the scheduler and the other services of this module. */
    Assignment load(long id) {
        List<Assignment> found = query("where a.id = ?", id);
        if (found.isEmpty()) {
            throw new NotFoundException("assignment", String.valueOf(id));
        }
        return found.get(0);
    }

    List<Assignment> allOf(String programCode) {
        return query("where a.program_code = ?", programCode);
    }

    /** Makes the unit the task's lead (the previous lead becomes a co-unit) or a co-unit. */
    @Transactional
    public Assignment changeRole(long id, Assignment.UnitRole role, int version) {
        Assignment a = load(id);
        requireManage(a.programCode());
        if (role == null) {
            throw new InvalidInputException("role", "须指定 LEAD 或 CO / role must be LEAD or CO");
        }
        if (a.status() == AssignmentStatus.REMOVED) {
            throw new IllegalTransitionException("assignment", a.status().name(), "role " + role);
        }
        if (role == Assignment.UnitRole.LEAD) {
            for (Assignment other : query(
                    "where a.program_code = ? and a.section_number = ? and a.task_number = ? and a.unit_role = 'LEAD' and a.id <> ?",
                    a.programCode(),
                    a.sectionNumber(),
                    a.taskNumber(),
                    id)) {
                jdbc.sql("update assignment set unit_role = 'CO', version = version + 1 where id = ?")
                        .param(other.id())
                        .update();
                audit(other, "ASSIGNMENT_ROLE_CHANGED", Map.of("role", "LEAD"), Map.of("role", "CO"));
            }
        }
        bump(a, version, "unit_role = ?", role.name());
        audit(a, "ASSIGNMENT_ROLE_CHANGED", Map.of("role", a.unitRole()), Map.of("role", role));
        return load(id);
    }

    /** Adds a unit of the program's jurisdiction to a task (or brings a removed one back). */
    @Transactional
    public Assignment addUnit(
            String programCode, String sectionNumber, String taskNumber, long unitId, Assignment.UnitRole role) {
        Program program = programs.get(programCode);
        requireManage(programCode);
        if (find(programCode).isEmpty()) {
            throw new InvalidInputException(
                    "program", "该方案尚未开始督办 / supervision of " + programCode + " has not started");
        }
        task(program, sectionNumber, taskNumber);
        GovernmentUnit unit = units.of(program.jurisdictionCode()).stream()
                .filter(u -> u.id() == unitId)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "unitId", "该单位不属于本方案的行政区划 / unit " + unitId + " is not a unit of the program's jurisdiction"));
        Assignment.UnitRole r = role == null ? Assignment.UnitRole.CO : role;
        Optional<Assignment> existing = query(
                        "where a.program_code = ? and a.section_number = ? and a.task_number = ? and a.unit_id = ?",
                        programCode,
                        sectionNumber,
                        taskNumber,
                        unitId)
                .stream()
                .findFirst();
        long id;
        if (existing.isPresent()) {
            if (existing.get().status() != AssignmentStatus.REMOVED) {
                throw new InvalidInputException(
                        "unitId", "该单位已承担此任务 / " + unit.name() + " is already assigned to this task");
            }
            id = existing.get().id();
            jdbc.sql(
                            "update assignment set status = 'NOT_STARTED', unit_role = 'CO', version = version + 1 where id = ?")
                    .param(id)
                    .update();
        } else {
            id = jdbc.sql(
                            """
                            insert into assignment (program_code, section_number, task_number, unit_id, unit_role, status)
                            values (?, ?, ?, ?, 'CO', 'NOT_STARTED') returning id""")
                    .params(programCode, sectionNumber, taskNumber, unitId)
                    .query(Long.class)
                    .single();
        }
        Assignment added = load(id);
        audit(added, "ASSIGNMENT_ADDED", null, Map.of("unit", unit.name(), "role", "CO"));
        return r == Assignment.UnitRole.LEAD ? changeRole(id, r, added.version()) : added;
    }

    @Transactional
    public Assignment remove(long id, int version) {
        return move(id, AssignmentStatus.REMOVED, version, "ASSIGNMENT_REMOVED");
    }

    @Transactional
    public Assignment complete(long id, int version) {
        return move(id, AssignmentStatus.COMPLETED, version, "ASSIGNMENT_COMPLETED");
    }

    @Transactional
    public Assignment reopen(long id, int version) {
        return move(id, AssignmentStatus.IN_PROGRESS, version, "ASSIGNMENT_REOPENED");
    }

    private Assignment move(long id, AssignmentStatus next, int version, String action) {
        Assignment a = load(id);
        requireManage(a.programCode());
        AssignmentStatus to = a.status().moveTo(next);
        bump(a, version, "status = ?", to.name());
        audit(a, action, Map.of("status", a.status()), Map.of("status", to));
        return load(id);
    }

    /** Called when a unit submits: NOT_STARTED → IN_PROGRESS. */
    void markStarted(Assignment a) {
        if (a.status() == AssignmentStatus.NOT_STARTED) {
            a.status().moveTo(AssignmentStatus.IN_PROGRESS);
            jdbc.sql("update assignment set status = 'IN_PROGRESS', version = version + 1 where id = ?")
                    .param(a.id())
                    .update();
        }
    }

    void setProgress(Assignment a, int percent) {
        jdbc.sql("update assignment set percent_complete = ?, version = version + 1 where id = ?")
                .params(percent, a.id())
                .update();
    }

    private void bump(Assignment a, int version, String set, Object value) {
        int changed = jdbc.sql("update assignment set " + set + ", version = version + 1 where id = ? and version = ?")
                .params(value, a.id(), version)
                .update();
        if (changed == 0) {
            throw new StaleVersionException("assignment", a.id(), version);
        }
    }

    private void audit(Assignment a, String action, Object before, Object after) {
        audit.record(
                action,
                "assignment",
                a.id() + " " + a.programCode() + " " + a.sectionNumber() + "." + a.taskNumber() + " " + a.unitName(),
                programs.get(a.programCode()).jurisdictionCode(),
                before,
                after);
    }

    // ---- annual plans

    @Transactional
    public Milestone addMilestone(String programCode, String sectionNumber, String taskNumber, NewMilestone m) {
        Program program = programs.get(programCode);
        requireManage(programCode);
        if (find(programCode).isEmpty()) {
            throw new InvalidInputException(
                    "program", "该方案尚未开始督办 / supervision of " + programCode + " has not started");
        }
        task(program, sectionNumber, taskNumber);
        if (m.title() == null || m.title().isBlank()) {
            throw new InvalidInputException("title", "须填写节点名称 / title is required");
        }
        LocalDate due = m.dueDate();
        if (due == null) {
            if (m.countFrom() == null || m.offset() == null) {
                throw new InvalidInputException(
                        "dueDate", "须给出截止日期，或起算日加天数 / give dueDate, or countFrom with offset and offsetUnit");
            }
            due = calendar.due(
                    m.countFrom(), m.offset(), m.offsetUnit() == null ? DueUnit.WORKING_DAYS : m.offsetUnit());
        }
        if (due.getYear() != m.planYear()) {
            throw new InvalidInputException(
                    "dueDate", "截止日期须在计划年度内 / the due date " + due + " is not in plan year " + m.planYear());
        }
        List<Assignment> taskAssignments = query(
                "where a.program_code = ? and a.section_number = ? and a.task_number = ? and a.status <> 'REMOVED'",
                programCode,
                sectionNumber,
                taskNumber);
        long owner = m.ownerUnitId() != null
                ? m.ownerUnitId()
                : taskAssignments.stream()
                        .filter(a -> a.unitRole() == Assignment.UnitRole.LEAD)
                        .findFirst()
                        .map(Assignment::unitId)
                        .orElseThrow(
                                () -> new InvalidInputException("ownerUnitId", "须指定责任单位 / ownerUnitId is required"));
        if (taskAssignments.stream().noneMatch(a -> a.unitId() == owner)) {
            throw new InvalidInputException(
                    "ownerUnitId", "责任单位须承担此任务 / the owner must be a unit assigned to the task: " + owner);
        }
        List<String> indicators = m.indicatorCodes() == null ? List.of() : m.indicatorCodes();
        checkIndicators(program, indicators);
        long id = jdbc.sql(
                        """
                        insert into milestone (program_code, section_number, task_number, plan_year, title, due_date,
                            owner_unit_id, indicator_codes) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        programCode,
                        sectionNumber,
                        taskNumber,
                        m.planYear(),
                        m.title().trim(),
                        due,
                        owner,
                        indicators.toArray(String[]::new))
                .query(Long.class)
                .single();
        Milestone created = milestone(id);
        audit.record(
                "MILESTONE_ADDED",
                "milestone",
                String.valueOf(id),
                program.jurisdictionCode(),
                null,
                Map.of("title", created.title(), "due", due.toString(), "owner", created.ownerUnitName()));
        return created;
    }

    @Transactional(readOnly = true)
    public List<Milestone> milestones(String programCode) {
        Program program = programs.get(programCode);
        CurrentUser user = user();
        if (!canRead(user, program.jurisdictionCode())) {
            throw new AccessDeniedException("无权查看 / " + user.username() + " may not see " + programCode);
        }
        return milestoneQuery("where m.program_code = ?", programCode);
    }

    /** The owner unit's assignment on the milestone's task, if it is still assigned. */
    Optional<Assignment> ownerAssignment(Milestone m) {
        return query(
                        "where a.program_code = ? and a.section_number = ? and a.task_number = ? and a.unit_id = ?"
                                + " and a.status <> 'REMOVED'",
                        m.programCode(),
                        m.sectionNumber(),
                        m.taskNumber(),
                        m.ownerUnitId())
                .stream()
                .findFirst();
    }

    List<Milestone> milestonesOfProgram(String programCode) {
        return milestoneQuery("where m.program_code = ?", programCode);
    }

    List<Milestone> milestonesOfTask(String programCode, String section, String task) {
        return milestoneQuery(
                "where m.program_code = ? and m.section_number = ? and m.task_number = ?", programCode, section, task);
    }

    Milestone milestone(long id) {
        return milestoneQuery("where m.id = ?", id).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("milestone", String.valueOf(id)));
    }

    /** Marks a milestone done on the given day (when a report saying so is accepted). */
    void completeMilestone(long id, LocalDate on) {
        jdbc.sql(
                        "update milestone set status = 'DONE', completed_on = ?, version = version + 1 where id = ? and status = 'OPEN'")
                .params(on, id)
                .update();
    }

    void checkIndicators(Program program, List<String> codes) {
        for (String code : codes) {
            if (program.indicators().stream().noneMatch(i -> i.code().equals(code))) {
                throw new InvalidInputException(
                        "indicatorCodes", "方案中没有该指标 / no indicator '" + code + "' in " + program.code());
            }
        }
    }

    Task task(Program program, String sectionNumber, String taskNumber) {
        return program.sections().stream()
                .filter(s -> s.number().equals(sectionNumber))
                .flatMap(s -> s.tasks().stream())
                .filter(t -> t.number().equals(taskNumber))
                .findFirst()
                .orElseThrow(
                        () -> new NotFoundException("task", program.code() + " " + sectionNumber + "." + taskNumber));
    }

    private GovernmentUnit unitNamed(Program program, String name) {
        return units.find(program.jurisdictionCode(), name).orElseGet(() -> {
            units.ensure(program.jurisdictionCode(), List.of(name));
            return units.find(program.jurisdictionCode(), name).orElseThrow();
        });
    }

    private List<Assignment> query(String where, Object... params) {
        return jdbc.sql("select a.*, u.name as unit_name from assignment a join government_unit u on u.id = a.unit_id "
                        + where + " order by a.program_code, a.id")
                .params(Arrays.asList(params))
                .query(this::map)
                .list();
    }

    private Assignment map(ResultSet rs, int i) throws SQLException {
        String programCode = rs.getString("program_code");
        String section = rs.getString("section_number");
        String taskNumber = rs.getString("task_number");
        String title = programs.find(programCode)
                .map(p -> {
                    try {
                        return task(p, section, taskNumber).title();
                    } catch (NotFoundException e) {
                        return null;
                    }
                })
                .orElse(null);
        return new Assignment(
                rs.getLong("id"),
                programCode,
                section,
                taskNumber,
                title,
                rs.getLong("unit_id"),
                rs.getString("unit_name"),
                Assignment.UnitRole.valueOf(rs.getString("unit_role")),
                AssignmentStatus.valueOf(rs.getString("status")),
                rs.getInt("percent_complete"),
                rs.getInt("version"));
    }

    private List<Milestone> milestoneQuery(String where, Object... params) {
        return jdbc.sql(
                        "select m.*, u.name as unit_name from milestone m join government_unit u on u.id = m.owner_unit_id "
                                + where + " order by m.due_date, m.id")
                .params(Arrays.asList(params))
                .query((rs, i) -> new Milestone(
                        rs.getLong("id"),
                        rs.getString("program_code"),
                        rs.getString("section_number"),
                        rs.getString("task_number"),
                        rs.getInt("plan_year"),
                        rs.getString("title"),
                        rs.getDate("due_date").toLocalDate(),
                        rs.getLong("owner_unit_id"),
                        rs.getString("unit_name"),
                        strings(rs.getArray("indicator_codes")),
                        MilestoneStatus.valueOf(rs.getString("status")),
                        rs.getDate("completed_on") == null
                                ? null
                                : rs.getDate("completed_on").toLocalDate(),
                        rs.getInt("version")))
                .list();
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** Users who act for a unit (its reporters). */
    List<String> reportersOf(long unitId) {
        return accounts.all().stream()
                .filter(u -> u.role() == Role.UNIT_REPORTER && u.unitId() != null && u.unitId() == unitId)
                .map(CurrentUser::username)
                .toList();
    }

    /** The program officers of exactly the program's jurisdiction. */
    List<String> officersOf(String jurisdictionCode) {
        return accounts.all().stream()
                .filter(u -> u.role() == Role.PROGRAM_OFFICER && jurisdictionCode.equals(u.jurisdictionCode()))
                .map(CurrentUser::username)
                .toList();
    }

    /** The program leader: the configured user, else the program officers of the jurisdiction. */
    List<String> leaderOf(SupervisedProgram sp) {
        return sp.leaderUsername() != null ? List.of(sp.leaderUsername()) : officersOf(sp.jurisdictionCode());
    }
}
