package cn.ipcity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Drives the real UI in headless Chromium: login, navigation, the program page (layout at 1366×768, language
 * switch) and the htmx population form. Uses the system's chromium and chromedriver (Debian packages
 * {@code chromium}, {@code chromium-driver}; see {@code .ci/run}) and never lets Selenium Manager download a
 * driver. Screenshots go to {@code target/screenshots/}.
 */
class BrowserTest extends BrowserTestSupport {

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

    @BeforeEach
    void forgetEarlierConsoleErrors() {
        consoleErrors(); // reading the log empties it; each test logs in afresh (login deletes the cookies)
    }

    @AfterEach
    void pageLoggedNoErrors() {
        assertNoConsoleErrors();
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
        assertThat(driver.executeScript(CELLS_BROKEN_OVER_LINES))
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
        driver.executeScript("window.ipcityMarker = 'still-here';");

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
        assertThat(driver.executeScript("return window.ipcityMarker;")).isEqualTo("still-here");
        assertThat(driver.getCurrentUrl()).endsWith("/jurisdictions/371002");

        screenshot("huancui-population.png");
    }
}
