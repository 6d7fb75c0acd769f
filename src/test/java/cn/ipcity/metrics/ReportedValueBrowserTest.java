package cn.ipcity.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipcity.IntegrationTest;
import cn.ipcity.web.Chromium;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reported-values page in headless Chromium at 1366×768: 环翠区's reporter enters and submits a value, its
 * officer approves it (same set-up as {@code cn.ipcity.web.BrowserTest}; screenshots under target/screenshots/).
 */
class ReportedValueBrowserTest extends IntegrationTest {

    private static final String ROW = ".reported-indicator[data-code='protection-satisfaction'] tr[data-year='2024']";

    private static ChromeDriver driver;
    private static WebDriverWait wait;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        driver = Chromium.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void reporterSubmitsOfficerApproves() throws IOException {
        login("huancui.kjj");
        driver.get(url("/programs/huancui-2024"));
        driver.findElement(By.id("reported-values-link")).click();
        wait.until(ExpectedConditions.urlContains("/reported-values"));
        WebElement form = driver.findElement(
                By.cssSelector(".reported-indicator[data-code='protection-satisfaction'] form.new-value"));
        form.findElement(By.name("value")).sendKeys("92");
        form.findElement(By.name("evidence")).sendKeys("2024年度满意度调查报告");
        form.findElement(By.cssSelector("button")).click();
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(ROW)));
        assertThat(row.findElement(By.cssSelector(".reported-value")).getText()).isEqualTo("92");
        assertThat(row.findElement(By.cssSelector(".state")).getText()).isEqualTo("草稿");
        row.findElement(By.cssSelector(".action-submit")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(ROW + " .state"), "待审核"));
        assertNoHorizontalScrollbar();
        screenshot("reported-values-reporter.png");

        driver.manage().deleteAllCookies();
        login("huancui.officer");
        driver.get(url("/programs/huancui-2024/reported-values"));
        driver.findElement(By.cssSelector(ROW + " .action-approve")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(ROW + " .state"), "已通过"));
        assertNoHorizontalScrollbar();
        screenshot("reported-values-officer.png");
    }

    private void login(String username) {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void assertNoHorizontalScrollbar() {
        Number scroll = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
        Number client = (Number) driver.executeScript("return document.documentElement.clientWidth;");
        assertThat(scroll.longValue()).as("page width at 1366×768").isLessThanOrEqualTo(client.longValue());
    }

    private void screenshot(String name) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of(
                "x", 0,
                "y", 0,
                "width", ((Number) content.get("width")).doubleValue(),
                "height", ((Number) content.get("height")).doubleValue(),
                "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Files.write(Chromium.SCREENSHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
