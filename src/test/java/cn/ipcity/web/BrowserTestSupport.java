package cn.ipcity.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipcity.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test needs: one headless {@link Chromium} per test class against the application of the shared
 * test context, logging in as a demo user, the page's console errors, the no-horizontal-scrolling check at
 * 1366×768, and full-page screenshots under {@code target/screenshots/}.
 */
public abstract class BrowserTestSupport extends IntegrationTest {

    protected static ChromeDriver driver;
    protected static WebDriverWait wait;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        driver = Chromium.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Logs in as a demo user in a fresh session (the previous user's cookies deleted) and waits for the menu. */
    protected void login(String username) {
        // cookies can only be deleted for the origin of the current page
        driver.get(url("/login"));
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.main-nav")));
    }

    /**
     * Errors the pages logged since the last call (reading the log empties it): CSP violations, failed scripts, htmx
     * errors. The application has no favicon; the browser asks for one anyway.
     */
    protected static List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon.ico"))
                .toList();
    }

    protected static void assertNoConsoleErrors() {
        assertThat(consoleErrors())
                .as("browser console errors (CSP violations included)")
                .isEmpty();
    }

    protected void assertNoHorizontalScrollbar() {
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) driver.executeScript(
                "return {scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth};");
        assertThat(((Number) size.get("scroll")).longValue())
                .as("page width at %d×%d on %s", Chromium.WIDTH, Chromium.HEIGHT, driver.getCurrentUrl())
                .isLessThanOrEqualTo(((Number) size.get("client")).longValue());
    }

    /** The whole page, not only the viewport, so that the screenshot shows every table. */
    protected void screenshot(String name) throws IOException {
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
}
