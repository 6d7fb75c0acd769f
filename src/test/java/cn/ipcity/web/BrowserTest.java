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
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives the real UI in headless Chromium: login, navigation, the program page (layout at 1366×768, language
 * switch) and the htmx population form. Uses the system's chromium and chromedriver (Debian packages
 * {@code chromium}, {@code chromium-driver}; see {@code .ci/run}) and never lets Selenium Manager download a
 * driver. Screenshots go to {@code target/screenshots/}.
 */
class BrowserTest extends IntegrationTest {

    /** The texts of the indicator table's unit, target kind and attribute cells that wrap onto a second line. */
    private static final String CELLS_BROKEN_OVER_LINES =
            """
            const cells = document.querySelectorAll('#indicators td.unit, #indicators td.kind, #indicators td.attribute');
            return [...cells].filter(td => td.textContent.trim() !== '').filter(td => {
                const range = document.createRange();
                range.selectNodeContents(td);
                return new Set([...range.getClientRects()].map(box => Math.round(box.top))).size > 1;
            }).map(td => td.textContent.trim());
            """;

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

    @BeforeEach
    void freshSession() {
        // cookies can only be deleted for the origin of the current page
        driver.get(url("/login"));
        driver.manage().deleteAllCookies();
        consoleErrors(); // reading the log empties it
    }

    @AfterEach
    void pageLoggedNoErrors() {
        assertThat(consoleErrors()).as("browser console errors").isEmpty();
    }

    @Test
    void officerFindsTheWeihaiTargetThroughTheNavigation() throws IOException {
        login("weihai.officer");

        driver.findElement(By.cssSelector("nav.main-nav a[href='/programs']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("program-list")));
        assertThat(driver.getCurrentUrl()).endsWith("/programs");
        assertNoHorizontalScrollbar();

        WebElement programLink =
                driver.findElement(By.cssSelector("#program-list tr[data-code='weihai-2024'] td:first-child a"));
        programLink.click();
        wait.until(ExpectedConditions.urlContains("/programs/weihai-2024"));
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#indicators tr[data-code='hv-invention-per-10k']")));

        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("威海市");
        assertThat(row.findElement(By.cssSelector(".indicator-name")).getText()).isEqualTo("每万人口高价值发明专利拥有量");
        assertThat(row.findElement(By.cssSelector(".target-value")).getText()).isEqualTo("12");
        assertThat(row.findElement(By.cssSelector(".target")).getText()).contains("≥");

        screenshot("weihai-program.png");
    }

    @Test
    void programPageFitsTheScreenAndSwitchesToEnglish() throws IOException {
        login("weihai.officer");
        driver.get(url("/programs/weihai-2024"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("indicators")));
        assertNoHorizontalScrollbar();
        // short terms such as 万件, 预期性, 期末存量 must not be broken over two lines
        assertThat(js().executeScript(CELLS_BROKEN_OVER_LINES))
                .as("indicator cells broken over two lines")
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .isEmpty();

        driver.findElement(By.cssSelector(".site-header a[href$='lang=en']")).click();
        WebElement name = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#indicators tr[data-code='hv-invention-per-10k'] .indicator-name")));
        assertThat(name.getText()).isEqualTo("High-value invention patents per 10,000 residents");
        assertThat(driver.findElement(By.cssSelector("#indicators tr[data-code='hv-invention-per-10k'] .measure"))
                        .getText())
                .isEqualTo("High-value invention patents per 10k residents");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertNoHorizontalScrollbar();

        screenshot("weihai-program-en.png");
    }

    @Test
    void districtOfficerAddsAMissingPopulationYearWithoutReloadingThePage() throws IOException {
        login("huancui.officer");
        driver.get(url("/jurisdictions/371002"));
        WebElement missing = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#population-table tr.missing[data-year]")));
        String year = missing.getAttribute("data-year");
        assertNoHorizontalScrollbar();

        // survives only if htmx swaps the fragment: a full page load would start a new window object
        js().executeScript("window.ipcityMarker = 'still-here';");

        WebElement form = driver.findElement(By.cssSelector("#population form"));
        form.findElement(By.name("year")).sendKeys(year);
        form.findElement(By.name("residentPopulation")).sendKeys("478765");
        form.findElement(By.name("kind")).sendKeys("年末常住人口");
        form.findElement(By.name("source")).sendKeys("浏览器测试 / browser test");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        By savedRow = By.cssSelector("#population-table tr[data-year='" + year + "']:not(.missing)");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(savedRow));
        assertThat(row.getText()).contains("478,765").contains("年末常住人口");
        assertThat(driver.findElement(By.cssSelector("#population .alert.info")).isDisplayed())
                .isTrue();
        assertThat(js().executeScript("return window.ipcityMarker;")).isEqualTo("still-here");
        assertThat(driver.getCurrentUrl()).endsWith("/jurisdictions/371002");

        screenshot("huancui-population.png");
    }

    private void login(String username) {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.main-nav")));
    }

    private void assertNoHorizontalScrollbar() {
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>)
                js().executeScript(
                                "return {scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth};");
        long scrollWidth = ((Number) size.get("scroll")).longValue();
        long clientWidth = ((Number) size.get("client")).longValue();
        assertThat(scrollWidth)
                .as("page width at %d×%d on %s", Chromium.WIDTH, Chromium.HEIGHT, driver.getCurrentUrl())
                .isLessThanOrEqualTo(clientWidth);
    }

    /** The whole page, not only the viewport, so the screenshot shows every table. */
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

    private JavascriptExecutor js() {
        return driver;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Errors the page logged: CSP violations, failed scripts, htmx errors. */
    private static List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon.ico"))
                .toList();
    }
}
