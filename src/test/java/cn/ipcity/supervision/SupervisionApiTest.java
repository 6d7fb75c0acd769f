package cn.ipcity.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.ipcity.IntegrationTest;
import cn.ipcity.program.Programs;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The supervision API on 威海's program: who may do what (every action for every role), the report and
 * assignment state machines including illegal moves, optimistic locking under concurrent review, evidence files.
 */
class SupervisionApiTest extends IntegrationTest {

    static final String PROGRAM = "weihai-2024";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Programs programs;

    /**
     * Signs the request in as a user without a password check (BCrypt at cost 12 for each of some 200 requests
     * would dominate the run; logging in is tested in SecurityTest). The services read the user from the
     * database by name, so role and scope are the real ones. One request goes through HTTP Basic.
     */
    static RequestPostProcessor as(String user) {
        return request -> csrf().postProcessRequest(user(user).postProcessRequest(request));
    }

    @BeforeEach
    void supervisionStarted() throws Exception {
        if (jdbc.sql("select count(*) from supervised_program where program_code = ?")
                        .param(PROGRAM)
                        .query(Integer.class)
                        .single()
                == 0) {
            // quarterly reports, due 10 working days after each quarter, supervised from 2026-01-01
            mvc.perform(
                            json(
                                    post("/api/v1/programs/" + PROGRAM + "/supervision"),
                                    "weihai.officer",
                                    """
                            {"schedule": "QUARTERLY", "dueOffset": 10, "dueUnit": "WORKING_DAYS", "startedOn": "2026-01-01"}"""))
                    .andExpect(status().isCreated());
        }
    }

    @Test
    void startingAssignsEveryTaskToEachOfItsUnitsOnce() throws Exception {
        // one assignment per (task, unit): the sum of the units listed on each task
        int expected =
                programs.get(PROGRAM).tasks().mapToInt(t -> t.units().size()).sum();
        int stored = jdbc.sql("select count(*) from assignment where program_code = ?")
                .param(PROGRAM)
                .query(Integer.class)
                .single();
        assertThat(stored).isEqualTo(expected);
        // never two leads on a task (other tests change roles and remove units)
        assertThat(jdbc.sql(
                                """
                                select count(*) from (select 1 from assignment where program_code = ? and unit_role = 'LEAD'
                                group by section_number, task_number having count(*) > 1) t""")
                        .param(PROGRAM)
                        .query(Integer.class)
                        .single())
                .isZero();
        // the first task's lead unit is the one the document names first
        var first = programs.get(PROGRAM).sections().get(0);
        var task = first.tasks().get(0);
        assertThat(jdbc.sql(
                                """
                                select u.name from assignment a join government_unit u on u.id = a.unit_id
                                where a.program_code = ? and a.section_number = ? and a.task_number = ? and a.unit_role = 'LEAD'""")
                        .params(PROGRAM, first.number(), task.number())
                        .query(String.class)
                        .list())
                .containsExactly(task.lead());

        mvc.perform(json(
                        post("/api/v1/programs/" + PROGRAM + "/supervision"),
                        "weihai.officer",
                        """
                        {"schedule": "MONTHLY"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("program"));
        // a district officer, a reporter and a viewer may not start supervision of the city's program
        for (String user : List.of("huancui.officer", "weihai.kjj", "weihai.leader")) {
            mvc.perform(json(post("/api/v1/programs/zibo-2024/supervision"), user, "{\"schedule\": \"MONTHLY\"}"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void readersSeeWhatTheirScopeAllows() throws Exception {
        String url = "/api/v1/programs/" + PROGRAM + "/assignments";
        int all = jdbc.sql("select count(*) from assignment where program_code = ?")
                .param(PROGRAM)
                .query(Integer.class)
                .single();
        for (String user : List.of("weihai.officer", "weihai.leader", "shandong.viewer", "admin")) {
            mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andExpect(jsonPath("$.length()", is(all)));
        }
        // the same through HTTP Basic, as API clients call it
        mvc.perform(get(url).with(httpBasic("weihai.leader", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()", is(all)));
        // the reporter of 市科技局 sees only that unit's assignments
        mvc.perform(get(url).with(as("weihai.kjj")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].unitName", everyItem(is("市科技局"))));
        for (String user : List.of("huancui.officer", "huancui.kjj", "yantai.officer")) {
            mvc.perform(get(url).with(as(user))).andExpect(status().isForbidden());
        }
        long other = otherUnitsAssignment();
        mvc.perform(get("/api/v1/assignments/" + other).with(as("weihai.kjj"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/assignments/" + other).with(as("weihai.leader")))
                .andExpect(status().isOk());
    }

    @Test
    void reportGoesThroughReturnRevisionAndAcceptanceKeepingEveryVersion() throws Exception {
        long assignment = kjjAssignment(0);
        // officers, viewers and other units' reporters cannot report for 市科技局
        for (String user : List.of("weihai.officer", "weihai.leader", "huancui.kjj", "admin")) {
            mvc.perform(json(post("/api/v1/assignments/" + assignment + "/reports"), user, report("2026-Q1", 30)))
                    .andExpect(status().isForbidden());
        }
        MvcResult created = mvc.perform(json(
                        post("/api/v1/assignments/" + assignment + "/reports"), "weihai.kjj", report("2026-Q1", 30)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.revisions.length()").value(1))
                .andReturn();
        long id = id(created);
        int version = version(created);
        mvc.perform(get("/api/v1/assignments/" + assignment).with(as("weihai.kjj")))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        // a second report for the same quarter is refused; a quarter that has not begun too
        mvc.perform(json(post("/api/v1/assignments/" + assignment + "/reports"), "weihai.kjj", report("2026-Q1", 40)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("period"));
        mvc.perform(json(post("/api/v1/assignments/" + assignment + "/reports"), "weihai.kjj", report("2099-Q1", 40)))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/v1/assignments/" + assignment + "/reports"), "weihai.kjj", report("2026-13", 40)))
                .andExpect(status().isBadRequest());
        // supervision began on 2026-01-01: the last quarter of 2025 owes no report
        mvc.perform(json(post("/api/v1/assignments/" + assignment + "/reports"), "weihai.kjj", report("2025-Q4", 40)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("2026-01-01")));

        // the unit cannot edit a submitted report; nobody but an officer of 威海 can review it
        mvc.perform(json(put("/api/v1/reports/" + id), "weihai.kjj", edit(50, version)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.from").value("SUBMITTED"));
        for (String user : List.of("weihai.kjj", "weihai.leader", "huancui.officer", "shandong.viewer")) {
            mvc.perform(json(post("/api/v1/reports/" + id + "/accept"), user, review("好", version)))
                    .andExpect(status().isForbidden());
            mvc.perform(json(post("/api/v1/reports/" + id + "/return"), user, review("补充", version)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(json(post("/api/v1/reports/" + id + "/return"), "weihai.officer", review(" ", version)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("comment"));
        MvcResult returned = mvc.perform(
                        json(post("/api/v1/reports/" + id + "/return"), "weihai.officer", review("请补充数据来源", version)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.lastComment").value("请补充数据来源"))
                .andReturn();
        version = version(returned);
        // returned: cannot be accepted until resubmitted
        mvc.perform(json(post("/api/v1/reports/" + id + "/accept"), "weihai.officer", review(null, version)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.from").value("RETURNED"))
                .andExpect(jsonPath("$.to").value("ACCEPTED"));
        // the unit sees the comment in its inbox
        mvc.perform(get("/api/v1/inbox").with(as("weihai.kjj")))
                .andExpect(jsonPath("$[0].body", containsString("请补充数据来源")));

        MvcResult revised = mvc.perform(json(put("/api/v1/reports/" + id), "weihai.kjj", edit(45, version)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andReturn();
        MvcResult resubmitted = mvc.perform(json(
                        post("/api/v1/reports/" + id + "/submit"),
                        "weihai.kjj",
                        "{\"version\": " + version(revised) + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESUBMITTED"))
                .andReturn();
        MvcResult accepted = mvc.perform(json(
                        post("/api/v1/reports/" + id + "/accept"),
                        "weihai.officer",
                        review("同意", version(resubmitted))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                // both submissions are kept with the decision taken on each
                .andExpect(jsonPath("$.revisions.length()").value(2))
                .andExpect(jsonPath("$.revisions[0].percentComplete").value(30))
                .andExpect(jsonPath("$.revisions[0].decision").value("RETURNED"))
                .andExpect(jsonPath("$.revisions[0].comment").value("请补充数据来源"))
                .andExpect(jsonPath("$.revisions[1].percentComplete").value(45))
                .andExpect(jsonPath("$.revisions[1].decision").value("ACCEPTED"))
                .andReturn();
        // accepted is final
        int last = version(accepted);
        mvc.perform(json(post("/api/v1/reports/" + id + "/return"), "weihai.officer", review("再改", last)))
                .andExpect(status().isConflict());
        mvc.perform(json(post("/api/v1/reports/" + id + "/submit"), "weihai.kjj", "{\"version\": " + last + "}"))
                .andExpect(status().isConflict());
        // the accepted percentage becomes the assignment's progress
        mvc.perform(get("/api/v1/assignments/" + assignment).with(as("weihai.officer")))
                .andExpect(jsonPath("$.percentComplete").value(45));
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'report' and entity_key = ?")
                        .param(String.valueOf(id))
                        .query(Integer.class)
                        .single())
                .as("created, submitted, returned, edited, resubmitted, accepted")
                .isEqualTo(6);
    }

    @Test
    void draftsMustBeSubmittedBeforeReview() throws Exception {
        long assignment = kjjAssignment(1);
        MvcResult draft = mvc.perform(json(
                        post("/api/v1/assignments/" + assignment + "/reports"),
                        "weihai.kjj",
                        report("2026-Q2", 10).replace("}", ", \"submit\": false}")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.revisions.length()").value(0))
                .andReturn();
        mvc.perform(json(
                        post("/api/v1/reports/" + id(draft) + "/accept"),
                        "weihai.officer",
                        review(null, version(draft))))
                .andExpect(status().isConflict());
        mvc.perform(json(post("/api/v1/reports/" + id(draft) + "/submit"), "weihai.kjj", "{\"version\": 99}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.expectedVersion").value(99));
        mvc.perform(json(post("/api/v1/reports/" + id(draft) + "/submit"), "weihai.kjj", "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("version"));
    }

    @Test
    void ofTwoConcurrentReviewsOneWinsAndTheOtherIsTold() throws Exception {
        long assignment = kjjAssignment(2);
        MvcResult created = mvc.perform(json(
                        post("/api/v1/assignments/" + assignment + "/reports"), "weihai.kjj", report("2026-Q3", 60)))
                .andExpect(status().isCreated())
                .andReturn();
        long id = id(created);
        int version = version(created);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (String action : List.of("accept", "return")) {
                Callable<Integer> review = () -> {
                    go.await();
                    return mvc.perform(json(
                                    post("/api/v1/reports/" + id + "/" + action),
                                    "weihai.officer",
                                    review("并发审核", version)))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                };
                results.add(pool.submit(review));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        // exactly one decision was recorded
        assertThat(jdbc.sql("select count(*) from report_revision where report_id = ? and decision is not null")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void assignmentStateMachineAndUnitChangesAreOfficersOnly() throws Exception {
        long id = otherUnitsAssignment();
        int version = assignmentVersion(id);
        for (String user : List.of("weihai.kjj", "weihai.leader", "huancui.officer")) {
            mvc.perform(json(post("/api/v1/assignments/" + id + "/complete"), user, "{\"version\": " + version + "}"))
                    .andExpect(status().isForbidden());
            mvc.perform(json(
                            put("/api/v1/assignments/" + id + "/role"),
                            user,
                            "{\"role\": \"LEAD\", \"version\": " + version + "}"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(json(
                        post("/api/v1/assignments/" + id + "/complete"),
                        "weihai.officer",
                        "{\"version\": " + version + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"));
        version = assignmentVersion(id);
        // COMPLETED → REMOVED is not a move; reopen first
        mvc.perform(json(
                        post("/api/v1/assignments/" + id + "/remove"),
                        "weihai.officer",
                        "{\"version\": " + version + "}"))
                .andExpect(status().isConflict());
        mvc.perform(json(
                        post("/api/v1/assignments/" + id + "/reopen"),
                        "weihai.officer",
                        "{\"version\": " + version + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        version = assignmentVersion(id);
        // making this unit the lead demotes the task's previous lead
        var task = jdbc.sql("select section_number, task_number from assignment where id = ?")
                .param(id)
                .query((rs, i) -> List.of(rs.getString(1), rs.getString(2)))
                .single();
        mvc.perform(json(
                        put("/api/v1/assignments/" + id + "/role"),
                        "weihai.officer",
                        "{\"role\": \"LEAD\", \"version\": " + version + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitRole").value("LEAD"));
        assertThat(jdbc.sql(
                                "select count(*) from assignment where program_code = ? and section_number = ? and task_number = ? and unit_role = 'LEAD'")
                        .params(PROGRAM, task.get(0), task.get(1))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        version = assignmentVersion(id);
        mvc.perform(json(
                        post("/api/v1/assignments/" + id + "/remove"),
                        "weihai.officer",
                        "{\"version\": " + (version - 1) + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:ipcity:error:stale-version"));
        mvc.perform(json(
                        post("/api/v1/assignments/" + id + "/remove"),
                        "weihai.officer",
                        "{\"version\": " + version + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REMOVED"));
        mvc.perform(json(
                        post("/api/v1/assignments/" + id + "/reopen"),
                        "weihai.officer",
                        "{\"version\": " + (version + 1) + "}"))
                .andExpect(status().isConflict());
        // adding the unit back to its task revives the assignment; an unknown unit is refused
        long unit = jdbc.sql("select unit_id from assignment where id = ?")
                .param(id)
                .query(Long.class)
                .single();
        String addUrl = "/api/v1/programs/" + PROGRAM + "/tasks/" + task.get(0) + "/" + task.get(1) + "/assignments";
        mvc.perform(json(post(addUrl), "weihai.kjj", "{\"unitId\": " + unit + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(json(post(addUrl), "weihai.officer", "{\"unitId\": " + unit + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("NOT_STARTED"));
        mvc.perform(json(post(addUrl), "weihai.officer", "{\"unitId\": -1}")).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'assignment' and entity_key like ?")
                        .param(id + " %")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void evidenceFilesAreCheckedStoredWithTheirHashAndReadOnlyInScope() throws Exception {
        long assignment = kjjAssignment(3);
        MvcResult draft = mvc.perform(json(
                        post("/api/v1/assignments/" + assignment + "/reports"),
                        "weihai.kjj",
                        report("2026-Q4", 80).replace("}", ", \"submit\": false}")))
                .andExpect(status().isCreated())
                .andReturn();
        long id = id(draft);
        byte[] pdf = "%PDF-1.4\n% 佐证材料\n".getBytes(StandardCharsets.UTF_8);
        MvcResult uploaded = mvc.perform(multipart("/api/v1/reports/" + id + "/files")
                        .file(new MockMultipartFile("file", "培训签到表.pdf", "application/pdf", pdf))
                        .with(as("weihai.kjj")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sha256").value(Reports.sha256(pdf)))
                .andExpect(jsonPath("$.sizeBytes").value(pdf.length))
                .andReturn();
        long fileId = ((Number) JsonPath.read(uploaded.getResponse().getContentAsString(), "$.id")).longValue();
        // a path in the name is dropped: only the last segment is kept
        mvc.perform(multipart("/api/v1/reports/" + id + "/files")
                        .file(new MockMultipartFile(
                                "file", "..\\..\\etc/签到.txt", "text/plain", "签到".getBytes(StandardCharsets.UTF_8)))
                        .with(as("weihai.kjj")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileName").value("签到.txt"));
        mvc.perform(multipart("/api/v1/reports/" + id + "/files")
                        .file(new MockMultipartFile("file", "tool.exe", "application/octet-stream", new byte[] {1, 2}))
                        .with(as("weihai.kjj")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("tool.exe")));
        mvc.perform(multipart("/api/v1/reports/" + id + "/files")
                        .file(new MockMultipartFile("file", "fake.pdf", "application/pdf", "MZ not a pdf".getBytes()))
                        .with(as("weihai.kjj")))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/api/v1/reports/" + id + "/files")
                        .file(new MockMultipartFile("file", "big.txt", "text/plain", new byte[10 * 1024 * 1024 + 1]))
                        .with(as("weihai.kjj")))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/api/v1/reports/" + id + "/files")
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf))
                        .with(as("weihai.officer")))
                .andExpect(status().isForbidden());

        mvc.perform(get("/api/v1/files/" + fileId).with(as("weihai.officer")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-SHA256", Reports.sha256(pdf)))
                .andExpect(result ->
                        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(pdf));
        mvc.perform(get("/api/v1/files/" + fileId).with(as("huancui.kjj"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/files/" + fileId).with(as("huancui.officer"))).andExpect(status().isForbidden());
    }

    @Test
    void milestonesArePlannedByOfficersWithWorkingDayDueDates() throws Exception {
        long assignment = kjjAssignment(0);
        var task = jdbc.sql("select section_number, task_number, unit_id from assignment where id = ?")
                .param(assignment)
                .query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single();
        String url = "/api/v1/programs/" + PROGRAM + "/tasks/" + task.get(0) + "/" + task.get(1) + "/milestones";
        // 5 working days after 2026-09-30: 10-01 … 10-07 off, Thu 10-08, Fri 10-09, Sat 10-10 (调休), Mon 10-12, Tue
        // 10-13
        String body = "{\"planYear\": 2026, \"title\": \"完成年度培训\", \"countFrom\": \"2026-09-30\", \"offset\": 5,"
                + " \"offsetUnit\": \"WORKING_DAYS\", \"ownerUnitId\": " + task.get(2) + "}";
        mvc.perform(json(post(url), "weihai.kjj", body)).andExpect(status().isForbidden());
        mvc.perform(json(post(url), "weihai.leader", body)).andExpect(status().isForbidden());
        MvcResult planned = mvc.perform(json(post(url), "weihai.officer", body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.dueDate").value("2026-10-13"))
                .andExpect(jsonPath("$.ownerUnitName").value("市科技局"))
                .andReturn();
        long milestone = id(planned);
        // the unit reports the milestone done and links an indicator; acceptance completes the milestone
        String reportUrl = "/api/v1/assignments/" + assignment + "/reports";
        String withLinks = "{\"period\": \"2026-Q2\", \"text\": \"培训已完成\", \"percentComplete\": 50,"
                + " \"indicatorCodes\": [\"hv-invention-per-10k\"], \"milestoneStatus\": {\"" + milestone
                + "\": \"DONE\"}}";
        mvc.perform(json(post(reportUrl), "weihai.kjj", withLinks.replace("hv-invention-per-10k", "no-such-indicator")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("indicatorCodes"));
        mvc.perform(json(post(reportUrl), "weihai.kjj", withLinks.replace("\"DONE\"", "\"FINISHED\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("milestoneStatus"));
        mvc.perform(json(post(reportUrl), "weihai.kjj", withLinks.replace("\"" + milestone + "\"", "\"999999\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("milestoneStatus"));
        MvcResult linked = mvc.perform(json(post(reportUrl), "weihai.kjj", withLinks))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.indicatorCodes[0]").value("hv-invention-per-10k"))
                .andExpect(jsonPath("$.milestoneStatus['" + milestone + "']").value("DONE"))
                .andReturn();
        mvc.perform(json(
                        post("/api/v1/reports/" + id(linked) + "/accept"),
                        "weihai.officer",
                        review(null, version(linked))))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select status from milestone where id = ?")
                        .param(milestone)
                        .query(String.class)
                        .single())
                .isEqualTo("DONE");
        // a calendar-day due date on a holiday moves to the next working day: 09-30 + 1 = 10-01 (国庆) → Thu 10-08
        mvc.perform(json(
                        post(url),
                        "weihai.officer",
                        body.replace("\"offset\": 5", "\"offset\": 1")
                                .replace("WORKING_DAYS", "CALENDAR_DAYS")
                                .replace("完成年度培训", "报送方案")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.dueDate").value("2026-10-08"));
        mvc.perform(json(post(url), "weihai.officer", body.replace("2026-09-30", "2026-12-30")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("dueDate")); // falls in 2027
        mvc.perform(get("/api/v1/programs/" + PROGRAM + "/milestones").with(as("weihai.leader")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/programs/" + PROGRAM + "/milestones").with(as("huancui.kjj")))
                .andExpect(status().isForbidden());
    }

    @Test
    void calendarCountsAndAddsWorkingDaysAndOnlyAdministratorsAddYears() throws Exception {
        mvc.perform(get("/api/v1/calendar/workdays?from=2026-02-09&to=2026-02-28")
                        .with(as("weihai.leader")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workdays").value(11)) // see WorkdayRulesTest
                .andExpect(jsonPath("$.officialCalendar").value(true));
        mvc.perform(get("/api/v1/calendar/add?date=2025-09-30&workdays=3").with(as("weihai.kjj")))
                .andExpect(jsonPath("$.result").value("2025-10-11"));
        mvc.perform(get("/api/v1/calendar/workdays?from=2026-02-09&to=2026-01-01")
                        .with(as("weihai.kjj")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("to"));
        mvc.perform(get("/api/v1/calendar/add?date=2026-02-30&workdays=3").with(as("weihai.kjj")))
                .andExpect(status().isBadRequest());

        String year2030 =
                """
                {"year": 2030, "source": "测试通知", "days": [
                  {"date": "2030-01-01", "offDay": true, "holidayName": "元旦"}]}""";
        for (String user : List.of("weihai.officer", "weihai.kjj", "weihai.leader")) {
            mvc.perform(json(post("/api/v1/calendar/years"), user, year2030)).andExpect(status().isForbidden());
        }
        mvc.perform(json(post("/api/v1/calendar/years"), "admin", year2030.replace("2030-01-01", "2031-01-01")))
                .andExpect(status().isBadRequest());
        // Wed 2030-01-02 cannot be a 调休 working day: it is a weekday already
        mvc.perform(json(
                        post("/api/v1/calendar/years"),
                        "admin",
                        year2030.replace(
                                "]}",
                                ",{\"date\": \"2030-01-02\"," + " \"offDay\": false, \"holidayName\": \"元旦\"}]}")))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/v1/calendar/years"), "admin", year2030))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.holidays").value(1));
        mvc.perform(json(post("/api/v1/calendar/years"), "admin", year2030)).andExpect(status().isBadRequest());
        // Mon 2029-12-31 + 1: Tue 2030-01-01 is now a holiday → Wed 2030-01-02; 2029 itself has no calendar
        mvc.perform(get("/api/v1/calendar/add?date=2029-12-31&workdays=1").with(as("weihai.kjj")))
                .andExpect(jsonPath("$.result").value("2030-01-02"))
                .andExpect(jsonPath("$.officialCalendar").value(false));
        assertThat(jdbc.sql(
                                "select count(*) from audit_log where action = 'CALENDAR_YEAR_ADDED' and entity_key = '2030'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theOpenApiDocumentListsTheIssuesEndpoints() throws Exception {
        var doc = mvc.perform(get("/v3/api-docs").with(as("weihai.leader"))).andExpect(status().isOk());
        for (String path : List.of(
                "/api/v1/programs/{code}/assignments",
                "/api/v1/assignments/{id}/reports",
                "/api/v1/reports/{id}/accept",
                "/api/v1/reports/{id}/return",
                "/api/v1/calendar/workdays",
                "/api/v1/calendar/add",
                "/api/v1/programs/{code}/board.xlsx",
                "/api/v1/programs/{code}/circular.pdf",
                "/api/v1/inbox")) {
            doc.andExpect(jsonPath("$.paths['" + path + "']").exists());
        }
    }

    // ---- helpers

    /** The n-th assignment of 市科技局 (weihai.kjj's unit) in 威海's program. */
    long kjjAssignment(int n) {
        return jdbc.sql(
                        """
                        select a.id from assignment a join government_unit u on u.id = a.unit_id
                        where a.program_code = ? and u.name = '市科技局' order by a.id offset ? limit 1""")
                .params(PROGRAM, n)
                .query(Long.class)
                .single();
    }

    long otherUnitsAssignment() {
        return jdbc.sql(
                        """
                        select a.id from assignment a join government_unit u on u.id = a.unit_id
                        where a.program_code = ? and u.name = '市财政局' order by a.id limit 1""")
                .param(PROGRAM)
                .query(Long.class)
                .single();
    }

    int assignmentVersion(long id) {
        return jdbc.sql("select version from assignment where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    static String report(String period, int percent) {
        return "{\"period\": \"" + period + "\", \"text\": \"组织专利转化培训两场，服务企业 36 家\", \"percentComplete\": " + percent
                + ", \"indicatorCodes\": []}";
    }

    static String edit(int percent, int version) {
        return "{\"text\": \"补充：数据来源为市科技局台账\", \"percentComplete\": " + percent + ", \"version\": " + version + "}";
    }

    static String review(String comment, int version) {
        return "{\"comment\": " + (comment == null ? "null" : "\"" + comment + "\"") + ", \"version\": " + version
                + "}";
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String user, String body) {
        return request.with(as(user)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static long id(MvcResult result) throws Exception {
        return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
    }

    static int version(MvcResult result) throws Exception {
        return JsonPath.read(result.getResponse().getContentAsString(), "$.version");
    }
}
