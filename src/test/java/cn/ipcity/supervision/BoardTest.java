package cn.ipcity.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.ipcity.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The board and the unit score on 环翠区's program, February 2026: January's monthly report was due Fri 02-06.
 * 区科技局 reported on time for one task (returned once, then accepted), late for another, not at all for the
 * rest; of its two milestones due in February one was done in time. Also the XLSX export and the PDF circular.
 */
class BoardTest extends IntegrationTest {

    static final String PROGRAM = "huancui-2024";

    @Autowired
    Supervision supervision;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    List<Long> ids;

    @BeforeEach
    void februaryOfTheDistrictScienceBureau() {
        if (supervision.find(PROGRAM).isPresent()) {
            ids = scienceBureau();
            return;
        }
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "huancui.officer", null, AuthorityUtils.createAuthorityList("ROLE_PROGRAM_OFFICER")));
        try {
            supervision.start(
                    PROGRAM,
                    new Supervision.Start(
                            Schedule.MONTHLY, 5, DueUnit.WORKING_DAYS, null, LocalDate.parse("2026-01-01")));
        } finally {
            SecurityContextHolder.clearContext();
        }
        ids = scienceBureau();
        long onTime = report(ids.get(0), "2026-02-05 10:00+08", "ACCEPTED");
        revision(onTime, 1, "RETURNED", "2026-02-07 09:00+08");
        revision(onTime, 2, "ACCEPTED", "2026-02-12 09:00+08");
        report(ids.get(1), "2026-02-10 10:00+08", "SUBMITTED"); // two working days late
        long unit = jdbc.sql("select unit_id from assignment where id = ?")
                .param(ids.get(0))
                .query(Long.class)
                .single();
        milestone(ids.get(0), unit, "2026-02-20", "2026-02-18");
        milestone(ids.get(0), unit, "2026-02-25", null);
    }

    @Test
    void scoreFollowsTheDocumentedFormula() {
        // 3 of 4 deadlines on time, 1 of 4 decisions returned, 1 of 2 milestones on time:
        // 100 × (0.5 × 0.75 + 0.2 × 0.75 + 0.3 × 0.5) = 37.5 + 15 + 15 = 67.5
        assertThat(Board.score(3, 4, 1, 4, 1, 2)).isEqualByComparingTo("67.5");
        // nothing due, nothing decided, no milestones: 100 × (0.5 + 0.2 + 0.3)
        assertThat(Board.score(0, 0, 0, 0, 0, 0)).isEqualByComparingTo("100.0");
        assertThat(Board.score(0, 2, 2, 2, 0, 1)).isEqualByComparingTo("0.0");
    }

    @Test
    void boardCountsAndScoresTheUnit() throws Exception {
        int n = ids.size();
        // n deadlines passed (one per assignment): on time 1, late 1, overdue n − 2; decisions 2, returned 1;
        // milestones 1 of 2: score = 100 × (0.5 / n + 0.2 × 0.5 + 0.3 × 0.5) = 25 + 50 / n
        BigDecimal expected = BigDecimal.valueOf(25 + 50.0 / n).setScale(1, RoundingMode.HALF_UP);
        String unitRow = "$.byUnit[?(@.label == '区科技局')]";
        mvc.perform(get("/api/v1/programs/" + PROGRAM + "/board?year=2026").with(as("huancui.officer")))
                .andExpect(status().isOk());
        String feb = "/api/v1/programs/" + PROGRAM + "/board";
        // the year view runs to today; February alone is fixed, so it is checked through the circular's range
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "huancui.officer", null, AuthorityUtils.createAuthorityList("ROLE_PROGRAM_OFFICER")));
        Board.View view;
        try {
            view = boardOfFebruary();
        } finally {
            SecurityContextHolder.clearContext();
        }
        Board.Line line = view.byUnit().stream()
                .filter(l -> l.label().equals("区科技局"))
                .findFirst()
                .orElseThrow();
        assertThat(line.assignments()).isEqualTo(n);
        assertThat(line.onTime()).isEqualTo(1);
        assertThat(line.late()).isEqualTo(1);
        assertThat(line.overdue()).isEqualTo(n - 2);
        assertThat(line.decisions()).isEqualTo(2);
        assertThat(line.returnedDecisions()).isEqualTo(1);
        assertThat(line.milestonesDue()).isEqualTo(2);
        assertThat(line.milestonesOnTime()).isEqualTo(1);
        assertThat(line.score()).isEqualByComparingTo(expected);
        assertThat(view.late()).hasSize(n - 1 + otherUnitsLate(view));

        mvc.perform(get(feb).with(as("huancui.kjj"))).andExpect(status().isForbidden());
        mvc.perform(get(feb).with(as("weihai.officer"))).andExpect(status().isOk()); // the city sees its districts
        mvc.perform(get(feb).with(as("zibo.officer"))).andExpect(status().isForbidden());
        mvc.perform(get(feb).with(as("shandong.viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(unitRow + ".assignments").value(n));
    }

    @Test
    void exportsTheBoardToExcel() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/programs/" + PROGRAM + "/board.xlsx?year=2026")
                        .with(as("huancui.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet units = book.getSheet("按单位 By unit");
            assertThat(units.getRow(0).getCell(11).getStringCellValue()).startsWith("得分");
            boolean found = false;
            for (Row row : units) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("区科技局")) {
                    found = true;
                    assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(ids.size());
                }
            }
            assertThat(found).isTrue();
            assertThat(book.getSheet("说明 About").getRow(2).getCell(0).getStringCellValue())
                    .contains("0.5 × 按时报送率");
        }
        mvc.perform(get("/api/v1/programs/" + PROGRAM + "/board.xlsx").with(as("huancui.kjj")))
                .andExpect(status().isForbidden());
    }

    @Test
    void circularIsAPdfWithTheChineseTextAndTheFontEmbedded() throws Exception {
        byte[] pdf = mvc.perform(get("/api/v1/programs/" + PROGRAM + "/circular.pdf?from=2026-02-01&to=2026-02-28")
                        .with(as("huancui.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains("督办通报")
                    .contains("环翠区")
                    .contains("通报期间：2026-02-01 至 2026-02-28")
                    .contains("区科技局")
                    .contains("至今未报")
                    .contains("于 2026-02-10 逾期报"); // the line wraps before 送
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded())
                        .as("font %s embedded", font.getName())
                        .isTrue();
            }
        }
    }

    @Test
    void aMissingFontIsReportedClearly() {
        Circulars circulars =
                new Circulars(new SupervisionProperties(null, null, null, null, null, "/no/such/font.ttf"));
        assertThatThrownBy(circulars::fontFile)
                .isInstanceOf(Circulars.NoCjkFontException.class)
                .hasMessageContaining("/no/such/font.ttf");
    }

    private Board.View boardOfFebruary() {
        return board.of(PROGRAM, LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-28"));
    }

    @Autowired
    Board board;

    private int otherUnitsLate(Board.View view) {
        return (int) view.late().stream()
                .filter(d -> !d.assignment().unitName().equals("区科技局"))
                .count();
    }

    private List<Long> scienceBureau() {
        return jdbc.sql(
                        """
                        select a.id from assignment a join government_unit u on u.id = a.unit_id
                        where a.program_code = ? and u.name = '区科技局' order by a.id""")
                .param(PROGRAM)
                .query(Long.class)
                .list();
    }

    private long report(long assignment, String submittedAt, String status) {
        return jdbc.sql(
                        """
                        insert into progress_report (assignment_id, period, status, text, percent_complete, created_by,
                            first_submitted_at) values (?, '2026-01', ?, '一月进展', 20, 'huancui.kjj', cast(? as timestamptz))
                        returning id""")
                .params(assignment, status, submittedAt)
                .query(Long.class)
                .single();
    }

    private void revision(long report, int revision, String decision, String decidedAt) {
        jdbc.sql(
                        """
                        insert into report_revision (report_id, revision, text, percent_complete, milestone_status,
                            indicator_codes, submitted_by, submitted_at, decision, comment, decided_by, decided_at)
                        values (?, ?, '一月进展', 20, '{}', '{}', 'huancui.kjj', '2026-02-05 10:00+08', ?, '意见',
                            'huancui.officer', cast(? as timestamptz))""")
                .params(report, revision, decision, decidedAt)
                .update();
    }

    private void milestone(long assignment, long unit, String due, String completed) {
        jdbc.sql(
                        """
                        insert into milestone (program_code, section_number, task_number, plan_year, title, due_date,
                            owner_unit_id, status, completed_on)
                        select program_code, section_number, task_number, 2026, '节点', cast(? as date), ?, ?, cast(? as date)
                        from assignment where id = ?""")
                .params(due, unit, completed == null ? "OPEN" : "DONE", completed, assignment)
                .update();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(String user) {
        return SupervisionApiTest.as(user);
    }
}
