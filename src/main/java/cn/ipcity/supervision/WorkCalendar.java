package cn.ipcity.supervision;

import cn.ipcity.account.AuditLog;
import cn.ipcity.account.CurrentUser;
import cn.ipcity.account.CurrentUsers;
import cn.ipcity.common.InvalidInputException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The official working-day calendar (State Council holiday notices with 调休), held in the database and
 * cached in memory. Administrators add a year; a missing next year is warned about in the log and the UI.
 */
@Service
public class WorkCalendar {

    private static final Logger log = LoggerFactory.getLogger(WorkCalendar.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;
    private volatile WorkdayRules rules;

    WorkCalendar(JdbcClient jdbc, Clock clock, CurrentUsers currentUsers, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.currentUsers = currentUsers;
        this.audit = audit;
    }

    /** One listed day of a year's notice: a holiday (offDay) or a 调休 working weekend day. */
    public record CalendarDay(LocalDate date, boolean offDay, String holidayName) {}

    public record CalendarYear(int year, String source, String addedBy, int holidays, int adjustedWorkdays) {}

    public WorkdayRules rules() {
        WorkdayRules current = rules;
        if (current == null) {
            current = load();
            rules = current;
        }
        return current;
    }

    public boolean isWorkday(LocalDate day) {
        return rules().isWorkday(day);
    }

    public LocalDate addWorkdays(LocalDate start, int workdays) {
        return rules().addWorkdays(start, workdays);
    }

    public int workdaysBetween(LocalDate from, LocalDate to) {
        return rules().workdaysBetween(from, to);
    }

    /**
     * The due date {@code offset} units after {@code base}. In calendar days, a due date that falls on a rest
     * day moves to the next working day, as Chinese administrative deadlines do (期限届满日为法定节假日的，以节假日后的
     * 第一日为期限届满日).
     */
    public LocalDate due(LocalDate base, int offset, DueUnit unit) {
        return unit == DueUnit.WORKING_DAYS ? addWorkdays(base, offset) : addWorkdays(base.plusDays(offset), 0);
    }

    /** The next year when it has no official calendar yet (the warning shown to users), else empty. */
    public Optional<Integer> missingNextYear() {
        int next = LocalDate.now(clock).getYear() + 1;
        return rules().years().contains(next) ? Optional.empty() : Optional.of(next);
    }

    @Transactional(readOnly = true)
    public List<CalendarYear> years() {
        return jdbc.sql(
                        """
                        select y.year, y.source, y.added_by,
                               count(d.day) filter (where d.is_off_day) as holidays,
                               count(d.day) filter (where not d.is_off_day) as workdays
                        from calendar_year y left join calendar_day d on d.year = y.year
                        group by y.year order by y.year""")
                .query((rs, i) -> new CalendarYear(
                        rs.getInt("year"),
                        rs.getString("source"),
                        rs.getString("added_by"),
                        rs.getInt("holidays"),
                        rs.getInt("workdays")))
                .list();
    }

    /**
     * Adds a year's official arrangement (administrators only). Every listed day must lie in the year, appear
     * once and carry a holiday name; a 调休 working day must be a Saturday or Sunday.
     */
    @Transactional
    public CalendarYear addYear(int year, String source, List<CalendarDay> days) {
        CurrentUser user = currentUsers.current().orElseThrow(() -> new AccessDeniedException("未登录 / not signed in"));
        if (!user.isAdmin()) {
            throw new AccessDeniedException("只有系统管理员可以维护工作日历 / only administrators maintain the calendar");
        }
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "年份超出范围 / year out of range: " + year);
        }
        if (source == null || source.isBlank()) {
            throw new InvalidInputException("source", "须注明依据（通知名称）/ the source notice is required");
        }
        if (rules().years().contains(year)) {
            throw new InvalidInputException("year", year + " 年日历已存在 / the calendar of " + year + " exists already");
        }
        if (days == null || days.isEmpty()) {
            throw new InvalidInputException("days", "须列出放假和调休日期 / list the holidays and adjusted working days");
        }
        Set<LocalDate> seen = new HashSet<>();
        for (CalendarDay d : days) {
            if (d.date() == null || d.date().getYear() != year) {
                throw new InvalidInputException("days", "日期不在 " + year + " 年 / date outside " + year + ": " + d.date());
            }
            if (!seen.add(d.date())) {
                throw new InvalidInputException("days", "日期重复 / date listed twice: " + d.date());
            }
            if (d.holidayName() == null || d.holidayName().isBlank()) {
                throw new InvalidInputException("days", "缺少节日名称 / holiday name missing on " + d.date());
            }
            DayOfWeek dow = d.date().getDayOfWeek();
            if (!d.offDay() && dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                throw new InvalidInputException(
                        "days", "调休上班日须为周末 / an adjusted working day must be a weekend day: " + d.date());
            }
        }
        jdbc.sql("insert into calendar_year (year, source, added_by) values (?, ?, ?)")
                .params(year, source.trim(), user.username())
                .update();
        for (CalendarDay d : days) {
            jdbc.sql("insert into calendar_day (day, year, is_off_day, holiday_name) values (?, ?, ?, ?)")
                    .params(d.date(), year, d.offDay(), d.holidayName().trim())
                    .update();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("source", source.trim());
        after.put("days", days);
        audit.record("CALENDAR_YEAR_ADDED", "calendar_year", String.valueOf(year), null, null, after);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                rules = null;
            }
        });
        int holidays = (int) days.stream().filter(CalendarDay::offDay).count();
        return new CalendarYear(year, source.trim(), user.username(), holidays, days.size() - holidays);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "0 30 8 * * *", zone = "Asia/Shanghai")
    void warnWhenNextYearIsMissing() {
        missingNextYear()
                .ifPresent(y -> log.warn(
                        "The official working-day calendar of {} is missing: deadlines in {} count Monday–Friday only"
                                + " until an administrator adds it (Supervision › Calendar)",
                        y,
                        y));
    }

    private WorkdayRules load() {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        jdbc.sql("select day, is_off_day from calendar_day").query(rs -> {
            exceptions.put(rs.getDate("day").toLocalDate(), rs.getBoolean("is_off_day"));
        });
        Set<Integer> years = new TreeSet<>(
                jdbc.sql("select year from calendar_year").query(Integer.class).list());
        return new WorkdayRules(exceptions, years);
    }
}
