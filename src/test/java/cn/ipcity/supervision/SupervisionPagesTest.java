package cn.ipcity.supervision;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.ipcity.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** The supervision pages: the missing-calendar warning, scope on pages, officers' actions, the inbox. */
class SupervisionPagesTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Supervision supervision;

    @Autowired
    WorkCalendar calendar;

    @Autowired
    Clock clock;

    @BeforeEach
    void weihaiSupervised() {
        if (supervision.find("weihai-2024").isEmpty()) {
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            "weihai.officer", null, AuthorityUtils.createAuthorityList("ROLE_PROGRAM_OFFICER")));
            try {
                supervision.start(
                        "weihai-2024",
                        new Supervision.Start(
                                Schedule.QUARTERLY, 10, DueUnit.WORKING_DAYS, null, LocalDate.parse("2026-01-01")));
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }

    @Test
    void warnsWhileNextYearsCalendarIsMissing() throws Exception {
        int next = LocalDate.now(clock).getYear() + 1;
        boolean missing = jdbc.sql("select count(*) from calendar_year where year = ?")
                        .param(next)
                        .query(Integer.class)
                        .single()
                == 0;
        // the shipped calendar ends with 2026; the warning names the year while it is missing
        org.assertj.core.api.Assertions.assertThat(calendar.missingNextYear().isPresent())
                .isEqualTo(missing);
        var page = mvc.perform(get("/supervision").with(httpBasic("weihai.officer", DEMO_PASSWORD)))
                .andExpect(status().isOk());
        if (missing) {
            page.andExpect(content().string(containsString("id=\"calendar-missing\"")))
                    .andExpect(content().string(containsString(String.valueOf(next))));
        } else {
            page.andExpect(content().string(not(containsString("id=\"calendar-missing\""))));
        }
        mvc.perform(get("/supervision/calendar").with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(content().string(containsString("id=\"calendar-form\"")));
        mvc.perform(get("/supervision/calendar").with(httpBasic("weihai.officer", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"calendar-form\""))));
    }

    @Test
    void pagesFollowTheSameScope() throws Exception {
        long other = jdbc.sql(
                        """
                        select a.id from assignment a join government_unit u on u.id = a.unit_id
                        where a.program_code = 'weihai-2024' and u.name = '市财政局' order by a.id desc limit 1""")
                .query(Long.class)
                .single();
        mvc.perform(get("/supervision/assignments/" + other).with(httpBasic("weihai.kjj", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/supervision/assignments/" + other).with(httpBasic("weihai.leader", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"assignment-actions\""))))
                .andExpect(content().string(not(containsString("id=\"report-form\""))));
        mvc.perform(get("/supervision/assignments/" + other).with(httpBasic("weihai.officer", DEMO_PASSWORD)))
                .andExpect(content().string(containsString("id=\"assignment-actions\"")))
                .andExpect(content().string(containsString("id=\"milestone-form\"")));
        mvc.perform(get("/supervision/programs/weihai-2024/board").with(httpBasic("weihai.leader", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"board-units\"")));
        mvc.perform(get("/supervision/programs/weihai-2024/board").with(httpBasic("weihai.kjj", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        // a form post from a viewer is refused on the server, whatever the page showed
        int version = jdbc.sql("select version from assignment where id = ?")
                .param(other)
                .query(Integer.class)
                .single();
        mvc.perform(post("/supervision/assignments/" + other + "/change")
                        .param("action", "complete")
                        .param("version", String.valueOf(version))
                        .with(user("weihai.leader").roles("VIEWER"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void officersPlanMilestonesAndAddUnitsThroughThePages() throws Exception {
        mvc.perform(get("/supervision/programs/weihai-2024").with(user("weihai.officer")))
                .andExpect(content().string(containsString("id=\"add-unit-form\"")));
        mvc.perform(get("/supervision/programs/weihai-2024").with(user("weihai.leader")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"add-unit-form\""))));
        long assignment = jdbc.sql(
                        """
                        select a.id from assignment a join government_unit u on u.id = a.unit_id
                        where a.program_code = 'weihai-2024' and u.name = '威海海关' order by a.id limit 1""")
                .query(Long.class)
                .single();
        // 3 working days after Fri 2026-09-18: Sat 09-19 rests, Sun 09-20 works (调休 before 国庆), Mon 09-21, Tue 09-22
        mvc.perform(post("/supervision/assignments/" + assignment + "/milestones")
                        .param("title", "完成海关备案培训")
                        .param("planYear", "2026")
                        .param("countFrom", "2026-09-18")
                        .param("offset", "3")
                        .param("offsetUnit", "WORKING_DAYS")
                        .param("indicatorCodes", "hv-invention-per-10k")
                        .with(user("weihai.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        org.assertj.core.api.Assertions.assertThat(jdbc.sql(
                                "select due_date::text || ' ' || array_to_string(indicator_codes, ',') from milestone where title = '完成海关备案培训'")
                        .query(String.class)
                        .single())
                .isEqualTo("2026-09-22 hv-invention-per-10k");
        mvc.perform(get("/supervision/assignments/" + assignment).with(user("weihai.officer")))
                .andExpect(content().string(containsString("完成海关备案培训")))
                .andExpect(content().string(containsString("2026-09-22")));
        mvc.perform(post("/supervision/assignments/" + assignment + "/milestones")
                        .param("title", "越权")
                        .param("planYear", "2026")
                        .param("dueDate", "2026-09-30")
                        .with(user("weihai.kjj"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void nobodyMarksAnotherUsersMessageRead() throws Exception {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "system", null, AuthorityUtils.createAuthorityList()));
        long id;
        try {
            id = new org.springframework.transaction.support.TransactionTemplate(txManager).execute(s -> {
                notifications.send(java.util.List.of("weihai.leader"), "测试消息", "正文", null);
                return jdbc.sql("select max(id) from notification where username = 'weihai.leader'")
                        .query(Long.class)
                        .single();
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
        mvc.perform(post("/api/v1/inbox/" + id + "/read").with(httpBasic("weihai.kjj", DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/inbox/" + id + "/read").with(httpBasic("weihai.leader", DEMO_PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/inbox").with(httpBasic("weihai.leader", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("测试消息")));
    }

    @Autowired
    cn.ipcity.notification.Notifications notifications;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager txManager;
}
