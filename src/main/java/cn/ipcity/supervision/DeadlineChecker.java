package cn.ipcity.supervision;

import cn.ipcity.notification.Notifications;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends reminders and 督办单 for report deadlines and plan milestones: a reminder to the unit's reporters from
 * {@code reminderWorkdays} working days before the due date; when the due date has passed without a report (or
 * the milestone is not done), a
 * 督办单 to the unit; {@code leaderAfterWorkdays} working days after the due date, a 督办单 to the program leader.
 * Each is recorded in {@code supervision_notice}, whose unique key (assignment, level, due date) makes a second
 * run — or the run at start-up after a restart, which catches up on missed days — send nothing twice. A notice
 * whose moment has passed is still sent when caught up (the unit's 督办单 even if the reminder was missed).
 */
@Service
public class DeadlineChecker {

    private static final Logger log = LoggerFactory.getLogger(DeadlineChecker.class);

    public enum Level {
        REMINDER,
        UNIT,
        LEADER
    }

    private final Supervision supervision;
    private final Deadlines deadlines;
    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    DeadlineChecker(
            Supervision supervision,
            Deadlines deadlines,
            Notifications notifications,
            JdbcClient jdbc,
            TransactionTemplate tx,
            Clock clock) {
        this.supervision = supervision;
        this.deadlines = deadlines;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "0 0 9 * * *", zone = "Asia/Shanghai")
    void scheduled() {
        try {
            int sent = check(clock);
            if (sent > 0) {
                log.info("Deadline check sent {} reminders and 督办单", sent);
            }
        } catch (RuntimeException e) {
            log.error("Deadline check failed; it runs again at the next schedule or start", e);
        }
    }

    /** Runs the check as of {@code clock}'s day; returns how many notices were newly recorded and sent. */
    public int check(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        Map<Long, List<String>> reporters = new HashMap<>();
        for (SupervisedProgram sp : supervision.supervisedPrograms()) {
            // what is recorded already is skipped without a transaction; the unique key still decides
            Set<String> recorded = new HashSet<>(jdbc.sql(
                            """
                            select n.assignment_id || '|' || n.level || '|' || n.due_date || '|' || n.period
                            from supervision_notice n join assignment a on a.id = n.assignment_id
                            where a.program_code = ?""")
                    .param(sp.programCode())
                    .query(String.class)
                    .list());
            List<String> leader = supervision.leaderOf(sp);
            List<Deadline> all = new ArrayList<>(deadlines.of(sp, today));
            all.addAll(deadlines.milestonesOf(sp, today));
            for (Deadline d : all) {
                List<Level> levels = new ArrayList<>();
                if (d.state() == Deadline.State.DUE_SOON) {
                    levels.add(Level.REMINDER);
                } else if (d.state() == Deadline.State.OVERDUE) {
                    levels.add(Level.UNIT);
                    if (!today.isBefore(deadlines.leaderFrom(d.due()))) {
                        levels.add(Level.LEADER);
                    }
                }
                for (Level level : levels) {
                    if (recorded.contains(d.assignment().id() + "|" + level + "|" + d.due() + "|" + d.period())) {
                        continue;
                    }
                    List<String> recipients = level == Level.LEADER
                            ? leader
                            : reporters.computeIfAbsent(d.assignment().unitId(), supervision::reportersOf);
                    sent += notify(d, level, recipients, clock);
                }
            }
        }
        return sent;
    }

    private int notify(Deadline d, Level level, List<String> recipients, Clock clock) {
        Assignment a = d.assignment();
        Integer sent = tx.execute(status -> {
            Long id = jdbc.sql(
                            """
                            insert into supervision_notice (assignment_id, period, due_date, level, recipients, created_at)
                            values (?, ?, ?, ?, ?, ?) on conflict (assignment_id, level, due_date, period) do nothing returning id""")
                    .params(
                            a.id(),
                            d.period(),
                            d.due(),
                            level.name(),
                            recipients.toArray(String[]::new),
                            Timestamp.from(clock.instant()))
                    .query(Long.class)
                    .optional()
                    .orElse(null);
            if (id == null) {
                return 0;
            }
            String task = a.sectionNumber() + "." + a.taskNumber() + " " + (a.taskTitle() == null ? "" : a.taskTitle());
            if (d.isMilestone()) {
                return sendMilestoneNotice(id, level, d, recipients, task);
            }
            String subject =
                    switch (level) {
                        case REMINDER -> "报送提醒 / reminder: " + task + " " + d.period() + " 进展报告 " + d.due() + " 前报送";
                        case UNIT ->
                            "督办单 第" + id + "号 / supervision notice No. " + id + ": " + a.unitName() + " " + task;
                        case LEADER ->
                            "督办单（提请领导督办）第" + id + "号 / supervision notice to the leader No. " + id + ": " + a.unitName()
                                    + " " + task;
                    };
            String body =
                    switch (level) {
                        case REMINDER ->
                            a.unitName() + "：" + task + " " + d.period() + " 的进展报告应于 " + d.due()
                                    + " 前报送。\nThe progress report for " + d.period() + " is due on " + d.due() + ".";
                        case UNIT ->
                            a.unitName() + "：" + task + " " + d.period() + " 的进展报告应于 " + d.due()
                                    + " 前报送，至今未报，请立即报送并说明原因。\nThe report for " + d.period() + " was due on "
                                    + d.due() + " and has not been submitted: submit it now and explain the delay.";
                        case LEADER ->
                            a.unitName() + " 承担的 " + task + " " + d.period() + " 进展报告应于 " + d.due()
                                    + " 前报送，经督办仍未报送，提请督办。\n" + a.unitName() + " has not submitted the report due "
                                    + d.due() + " despite a supervision notice.";
                    };
            notifications.send(recipients, subject, body, "/supervision/assignments/" + a.id());
            return 1;
        });
        return sent == null ? 0 : sent;
    }

    private int sendMilestoneNotice(long id, Level level, Deadline d, List<String> recipients, String task) {
        Assignment a = d.assignment();
        String what = "计划节点“" + d.milestone().title() + "”（" + task + "）";
        String subject =
                switch (level) {
                    case REMINDER -> "节点提醒 / milestone reminder: " + what + " 应于 " + d.due() + " 前完成";
                    case UNIT -> "督办单 第" + id + "号 / supervision notice No. " + id + ": " + a.unitName() + " " + what;
                    case LEADER ->
                        "督办单（提请领导督办）第" + id + "号 / supervision notice to the leader No. " + id + ": " + a.unitName()
                                + " " + what;
                };
        String body = a.unitName() + "：" + what + " 应于 " + d.due() + " 前完成"
                + (level == Level.REMINDER ? "。" : "，至今未完成" + (level == Level.LEADER ? "，提请督办。" : "，请抓紧推进并说明原因。"))
                + "\nMilestone \"" + d.milestone().title() + "\" is due on " + d.due()
                + (level == Level.REMINDER ? "." : " and is not done.");
        notifications.send(recipients, subject, body, "/supervision/assignments/" + a.id());
        return 1;
    }

    /** Notices recorded for an assignment (oldest first). */
    public List<Notice> notices(long assignmentId) {
        supervision.assignment(assignmentId);
        return jdbc.sql("select * from supervision_notice where assignment_id = ? order by due_date, id")
                .param(assignmentId)
                .query((rs, i) -> new Notice(
                        rs.getLong("id"),
                        rs.getString("period"),
                        rs.getDate("due_date").toLocalDate(),
                        Level.valueOf(rs.getString("level")),
                        Supervision.strings(rs.getArray("recipients")),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public record Notice(
            long id,
            String period,
            LocalDate dueDate,
            Level level,
            List<String> recipients,
            java.time.Instant createdAt) {}
}
