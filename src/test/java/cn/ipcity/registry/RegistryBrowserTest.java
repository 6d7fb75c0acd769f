package cn.ipcity.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipcity.IntegrationTest;
import cn.ipcity.web.Chromium;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The import page and the registry browser in headless Chromium at 1366×768: an officer uploads a CSV, the job
 * page's progress (htmx polling) reaches the end and shows the error report, and the patent list and record page
 * fit the screen. Screenshots go to {@code target/screenshots/}.
 */
class RegistryBrowserTest extends IntegrationTest {

    private static ChromeDriver driver;
    private static WebDriverWait wait;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        driver = Chromium.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

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

    private void assertNoHorizontalScrollbar() {
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) driver.executeScript(
                "return {scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth};");
        assertThat(((Number) size.get("scroll")).longValue())
                .as("page width on %s", driver.getCurrentUrl())
                .isLessThanOrEqualTo(((Number) size.get("client")).longValue());
    }

    private void screenshot(String name) throws IOException {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
        Files.write(Chromium.SCREENSHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon.ico"))
                .toList();
    }
}
