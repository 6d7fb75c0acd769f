package cn.ipcity.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipcity.web.BrowserTestSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * In headless Chromium (as {@code BrowserTest}): 市科技局's reporter submits a quarterly report with a PDF,
 * 威海's officer returns it with a comment, and each sees the result. Screenshots go to target/screenshots/.
 */
class SupervisionBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Supervision supervision;

    @Test
    void unitSubmitsWithAFileOfficerReturnsWithACommentAndBothSeeIt() throws IOException {
        long assignment = weihaiScienceBureauAssignment();
        Path evidence = Files.createTempFile(Files.createDirectories(Paths.get("target")), "evidence-", ".pdf");
        Files.writeString(evidence, "%PDF-1.4\n% 专利转化培训签到表\n", StandardCharsets.UTF_8);
        String comment = "请补充培训签到表的盖章页";

        login("weihai.kjj");
        driver.get(url("/supervision/assignments/" + assignment));
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-form")));
        new Select(form.findElement(By.name("period"))).selectByValue("2026-Q3");
        form.findElement(By.name("text")).sendKeys("第三季度组织专利转化培训两场，服务企业 36 家。");
        form.findElement(By.name("percentComplete")).sendKeys("40");
        form.findElement(By.name("file")).sendKeys(evidence.toAbsolutePath().toString());
        screenshot("supervision-report-form.png");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        wait.until(ExpectedConditions.urlContains("/supervision/reports/"));
        String reportUrl = driver.getCurrentUrl();
        wait.ignoring(StaleElementReferenceException.class).until(d -> "SUBMITTED".equals(status()));
        assertThat(driver.findElement(By.id("report-status")).getText()).isEqualTo("已报送");
        assertThat(driver.findElement(By.id("files")).getText())
                .contains(evidence.getFileName().toString());
        assertNoErrors();

        login("weihai.officer");
        driver.get(url("/supervision"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("supervised-programs")));
        assertNoErrors();
        screenshot("supervision-index.png");
        driver.get(url("/supervision/programs/weihai-2024/board"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board-units")));
        assertNoErrors();
        screenshot("supervision-board.png");
        driver.get(reportUrl);
        WebElement review = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-form")));
        assertThat(driver.findElement(By.id("files")).getText())
                .contains(evidence.getFileName().toString());
        review.findElement(By.name("comment")).sendKeys(comment);
        WebElement statusBefore = driver.findElement(By.id("report-status"));
        review.findElement(By.id("return")).click();
        // the post reloads the page: wait for the old page to go, then read the new status (a read can still
        // meet an element of the page being replaced, hence the stale references ignored)
        wait.until(ExpectedConditions.stalenessOf(statusBefore));
        wait.ignoring(StaleElementReferenceException.class).until(d -> "RETURNED".equals(status()));
        assertThat(driver.findElement(By.id("last-comment")).getText()).contains(comment);
        assertThat(driver.findElements(By.id("review-form"))).isEmpty();
        screenshot("supervision-report-returned-officer.png");
        assertNoErrors();

        login("weihai.kjj");
        driver.get(reportUrl);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-status")));
        assertThat(status()).isEqualTo("RETURNED");
        assertThat(driver.findElement(By.id("report-status")).getText()).isEqualTo("已退回");
        assertThat(driver.findElement(By.id("last-comment")).getText()).contains(comment);
        assertThat(driver.findElements(By.id("revise-form"))).hasSize(1);
        assertThat(driver.findElement(By.id("revisions")).getText())
                .contains("已退回")
                .contains(comment);
        screenshot("supervision-report-returned-unit.png");

        driver.get(url("/inbox"));
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox")))
                        .getText())
                .contains("被退回");
        assertNoErrors();
    }

    private long weihaiScienceBureauAssignment() {
        if (supervision.find("weihai-2024").isEmpty()) {
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            "weihai.officer", null, AuthorityUtils.createAuthorityList("ROLE_PROGRAM_OFFICER")));
            try {
                // the same settings as SupervisionApiTest, whichever runs first
                supervision.start(
                        "weihai-2024",
                        new Supervision.Start(
                                Schedule.QUARTERLY, 10, DueUnit.WORKING_DAYS, null, LocalDate.parse("2026-01-01")));
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
        return jdbc.sql(
                        """
                        select a.id from assignment a join government_unit u on u.id = a.unit_id
                        where a.program_code = 'weihai-2024' and u.name = '市科技局' order by a.id limit 1""")
                .query(Long.class)
                .single();
    }

    private String status() {
        return driver.findElement(By.id("report-status")).getAttribute("data-status");
    }

    private void assertNoErrors() {
        assertNoConsoleErrors();
        assertNoHorizontalScrollbar();
    }
}
