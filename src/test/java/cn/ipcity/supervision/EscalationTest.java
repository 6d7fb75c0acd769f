package cn.ipcity.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipcity.IntegrationTest;
import cn.ipcity.account.Role;
import cn.ipcity.account.UserAccounts;
import cn.ipcity.common.TimeConfiguration;
import cn.ipcity.jurisdiction.GovernmentUnits;
import cn.ipcity.notification.MailOutbox;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reminders and escalation on 淄博's program with a controllable clock: monthly reports due 5 working days
 * after each month, reminder 3 working days before, 督办单 to the unit the day after the due date and to the
 * program leader (淄博's officers, no leader being configured) 5 working days after it. Each notice is sent
 * once however often the check runs; e-mail goes out through an in-process SMTP server (GreenMail).
 */
class EscalationTest extends IntegrationTest {

    static final String PROGRAM = "zibo-2024";
    static final String REPORTER = "esc.zibo.customs";

    @Autowired
    DeadlineChecker checker;

    @Autowired
    Supervision supervision;

    @Autowired
    UserAccounts accounts;

    @Autowired
    GovernmentUnits units;

    @Autowired
    MailOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    long unitId;

    @BeforeEach
    void programUnderSupervision() {
        unitId = units.find("3703", "淄博海关").orElseThrow().id();
        if (!accounts.exists(REPORTER)) {
            accounts.create(
                    new UserAccounts.NewUser(REPORTER, "淄博海关 填报员", DEMO_PASSWORD, Role.UNIT_REPORTER, "3703", unitId));
        }
        if (supervision.find(PROGRAM).isEmpty()) {
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            "zibo.officer", null, AuthorityUtils.createAuthorityList("ROLE_PROGRAM_OFFICER")));
            try {
                supervision.start(
                        PROGRAM,
                        new Supervision.Start(
                                Schedule.MONTHLY, 5, DueUnit.WORKING_DAYS, null, LocalDate.parse("2026-01-01")));
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }

    @Test
    void remindsThenEscalatesToTheUnitThenTheLeaderEachOnceAndMails() throws Exception {
        List<Long> ids = jdbc.sql("select id from assignment where program_code = ? and unit_id = ? order by id")
                .params(PROGRAM, unitId)
                .query(Long.class)
                .list();
        assertThat(ids).hasSize(3); // 淄博海关 is named on three tasks
        long late = ids.get(0);
        long onTime = ids.get(1); // the third task stays without a report too
        jdbc.sql("insert into notification_address (username, email) values (?, 'customs@zibo.example')"
                        + " on conflict (username) do nothing")
                .param(REPORTER)
                .update();

        // a milestone of the late task due Tue 02-10: reminder from Thu 02-05 (02-09, 02-06, 02-05), 督办单 to the
        // unit from 02-11, to the leader 5 working days after the due date across the Spring Festival: 02-11, 02-12,
        // 02-13, Sat 02-14 (调休), then 02-15 … 02-23 off, Tue 02-24
        long milestone = jdbc.sql(
                        """
                        insert into milestone (program_code, section_number, task_number, plan_year, title, due_date, owner_unit_id)
                        select program_code, section_number, task_number, 2026, '完成海关知识产权保护备案培训', date '2026-02-10', unit_id
                        from assignment where id = ? returning id""")
                .param(late)
                .query(Long.class)
                .single();
        String ms = "milestone-" + milestone;

        // January's report is due Fri 2026-02-06 (Mon 02-02 … Fri 02-06); reminders from Tue 02-03 (3 working
        // days back: 02-05, 02-04, 02-03); the leader's 督办单 from Fri 02-13 (02-09 … 02-13).
        checker.check(at("2026-02-02"));
        assertThat(levels(late, "2026-01")).isEmpty();

        checker.check(at("2026-02-03"));
        checker.check(at("2026-02-03"));
        assertThat(levels(late, "2026-01")).containsExactly("REMINDER");

        // the unit reports on time for the second task: submitted 2026-02-05 (set by hand: the API stamps "now")
        jdbc.sql(
                        """
                        insert into progress_report (assignment_id, period, status, text, percent_complete, created_by,
                            first_submitted_at) values (?, '2026-01', 'SUBMITTED', '按时报送', 10, ?, '2026-02-05 10:00+08')""")
                .params(onTime, REPORTER)
                .update();

        assertThat(levels(late, ms)).isEmpty();
        checker.check(at("2026-02-06")); // the due day itself is not overdue
        assertThat(levels(late, "2026-01")).containsExactly("REMINDER");
        assertThat(levels(late, ms)).containsExactly("REMINDER");

        checker.check(at("2026-02-09"));
        checker.check(at("2026-02-12"));
        assertThat(levels(late, "2026-01")).containsExactly("REMINDER", "UNIT");

        checker.check(at("2026-02-13"));
        // a restart is nothing but another run: the records in supervision_notice stop a second sending
        checker.check(at("2026-02-13"));
        checker.check(at("2026-02-16"));
        assertThat(levels(late, "2026-01")).containsExactly("REMINDER", "UNIT", "LEADER");
        assertThat(levels(onTime, "2026-01")).containsExactly("REMINDER");
        assertThat(levels(late, ms)).containsExactly("REMINDER", "UNIT");
        checker.check(at("2026-02-23"));
        assertThat(levels(late, ms)).containsExactly("REMINDER", "UNIT");
        checker.check(at("2026-02-24"));
        assertThat(levels(late, ms)).containsExactly("REMINDER", "UNIT", "LEADER");

        List<String> leaderRecipients = jdbc.sql(
                        "select recipients from supervision_notice where assignment_id = ? and level = 'LEADER' and period = '2026-01'")
                .param(late)
                .query((rs, i) -> Arrays.asList((String[]) rs.getArray(1).getArray()))
                .single();
        assertThat(leaderRecipients).containsExactly("zibo.officer");

        // inbox: per deadline of the late task the reporter got one reminder and one 督办单
        assertThat(inboxCount(REPORTER, "督办单%淄博海关 " + taskNumber(late) + " %")).isEqualTo(1);
        assertThat(inboxCount("zibo.officer", "%提请领导督办%淄博海关 " + taskNumber(late) + " %"))
                .isEqualTo(1);

        // February's report (period ends on the 调休 Saturday 02-28) is due Fri 03-06; nothing for it on 02-16
        assertThat(levels(late, "2026-02")).isEmpty();

        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(smtp.getSmtp().getPort());
            sender.setDefaultEncoding("UTF-8");
            outbox.flush(sender);
            assertThat(outbox.flush(sender)).as("a second flush sends nothing").isZero();
            MimeMessage[] received = smtp.getReceivedMessages();
            List<String> subjects = Arrays.stream(received)
                    .filter(m -> recipient(m).equals("customs@zibo.example"))
                    .map(EscalationTest::subject)
                    .toList();
            // three reminders (one per task for January), one for the milestone, and a 督办单 for each of the two
            // tasks without a report and for the milestone
            assertThat(subjects).filteredOn(s -> s.startsWith("督办单")).hasSize(3);
            assertThat(subjects).filteredOn(s -> s.startsWith("报送提醒")).hasSize(3);
            assertThat(subjects).filteredOn(s -> s.startsWith("节点提醒")).hasSize(1);
        } finally {
            smtp.stop();
        }
        assertThat(jdbc.sql("select count(*) from notification where username = ? and mail_status = 'PENDING'")
                        .param(REPORTER)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private static Clock at(String day) {
        return Clock.fixed(
                LocalDate.parse(day)
                        .atTime(LocalTime.of(9, 0))
                        .atZone(TimeConfiguration.ZONE)
                        .toInstant(),
                TimeConfiguration.ZONE);
    }

    private List<String> levels(long assignment, String period) {
        return jdbc.sql("select level from supervision_notice where assignment_id = ? and period = ? order by id")
                .params(assignment, period)
                .query(String.class)
                .list();
    }

    private int inboxCount(String user, String subjectLike) {
        return jdbc.sql("select count(*) from notification where username = ? and subject like ?")
                .params(user, subjectLike)
                .query(Integer.class)
                .single();
    }

    private String taskNumber(long assignment) {
        return jdbc.sql("select section_number || '.' || task_number from assignment where id = ?")
                .param(assignment)
                .query(String.class)
                .single();
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
