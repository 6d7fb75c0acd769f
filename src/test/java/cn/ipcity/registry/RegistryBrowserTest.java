package cn.ipcity.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipcity.web.BrowserTestSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The import page and the registry browser in headless Chromium at 1366×768: an officer uploads a CSV, the job
 * page's progress (htmx polling) reaches the end and shows the error report, and the patent list and record page
 * fit the screen. Screenshots go to {@code target/screenshots/}.
 */
class RegistryBrowserTest extends BrowserTestSupport {

    @Test
    void officerImportsAFileFollowsItsProgressAndBrowsesTheRecords() throws IOException {
        String number = ImportFixtures.applicationNumber(2019, 1);
        Path file = Files.createTempFile(Files.createDirectories(Paths.get("target")), "browser-import-", ".csv");
        Files.writeString(
                file,
                ImportFixtures.csv(
                        ImportFixtures.PATENT_HEADER,
                        List.of(
                                ImportFixtures.patentRow(
                                        number,
                                        "2019-06-18",
                                        "发明",
                                        "一种浏览器测试用的海洋传感器",
                                        "G01N 33/18",
                                        "浏览器测试海洋科技有限公司",
                                        "山东省威海市环翠区海滨北路1号"),
                                ImportFixtures.patentRow(
                                        ImportFixtures.applicationNumber(2019, 1),
                                        "2019-02-30",
                                        "发明",
                                        "坏日期",
                                        "G01N 33/18",
                                        "浏览器测试海洋科技有限公司",
                                        "山东省威海市环翠区"))),
                StandardCharsets.UTF_8);

        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys("weihai.officer");
        driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.main-nav")));

        driver.findElement(By.cssSelector("nav.main-nav a[href='/imports']")).click();
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-form")));
        assertNoHorizontalScrollbar();
        form.findElement(By.name("file")).sendKeys(file.toAbsolutePath().toString());
        form.findElement(By.cssSelector("select[name='type'] option[value='patent']"))
                .click();
        form.findElement(By.cssSelector("button[type='submit']")).click();

        // the job page polls its progress fragment until the job is done, then shows the error report
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-report")));
        assertThat(driver.findElement(By.id("job-status")).getText()).isEqualTo("已完成");
        assertThat(driver.findElement(By.id("error-report")).getText())
                .contains("申请日")
                .contains("2019-02-30");
        assertNoHorizontalScrollbar();
        screenshot("import-job.png");

        driver.get(url("/registry/patents?holder=浏览器测试海洋&jurisdiction=3710"));
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#patent-list tr[data-number='" + number + "']")));
        assertThat(row.getText()).contains("审中").contains("环翠区");
        assertNoHorizontalScrollbar();
        screenshot("registry-patents.png");

        row.findElement(By.cssSelector("td:first-child a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("derived-state")));
        assertThat(driver.findElement(By.id("derived-holders")).getText()).isEqualTo("浏览器测试海洋科技有限公司");
        assertNoHorizontalScrollbar();
        screenshot("registry-patent.png");
        assertThat(consoleErrors()).as("browser console errors").isEmpty();
    }
}
