package cn.ipcity.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipcity.web.BrowserTestSupport;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 威海's cockpit and the province view in headless Chromium at 1366×768, read by the city's leader (VIEWER): the
 * ECharts canvases are drawn (the page marks a chart with data-drawn once ECharts reports it finished), the cards
 * carry their status colours, no horizontal scrolling; screenshots under target/screenshots/.
 */
class CockpitBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void leaderReadsTheCockpitAndTheProvinceView() throws IOException {
        CockpitFixtures.approvedSatisfaction2024(jdbc);
        login("weihai.leader");
        driver.get(url("/programs/weihai-2024"));
        driver.findElement(By.id("cockpit-link")).click();
        wait.until(ExpectedConditions.urlContains("/cockpit"));
        driver.get(url("/programs/weihai-2024/cockpit?asOf=2025-06-30"));

        WebElement satisfaction = driver.findElement(By.cssSelector(".kpi[data-indicator='protection-satisfaction']"));
        wait.until(d -> "true"
                .equals(satisfaction.findElement(By.cssSelector(".kpi-chart")).getAttribute("data-drawn")));
        assertThat(satisfaction.findElements(By.cssSelector(".kpi-chart canvas")))
                .isNotEmpty();
        assertThat(painted(".kpi[data-indicator='protection-satisfaction'] .kpi-chart canvas"))
                .isTrue();
        assertThat(satisfaction.getAttribute("class")).contains("st-ON_TRACK");
        assertThat(satisfaction.findElement(By.cssSelector(".kpi-status")).getText())
                .isEqualTo("进度正常");
        assertThat(satisfaction.findElement(By.cssSelector(".kpi-actual span")).getText())
                .isEqualTo("88分");
        // the status colour is the top border and the badge: blue for on track, grey for not computed
        assertThat(satisfaction.getCssValue("border-top-color")).isEqualTo("rgba(47, 127, 209, 1)");
        assertThat(satisfaction.findElement(By.cssSelector(".kpi-status")).getCssValue("background-color"))
                .isEqualTo("rgba(47, 127, 209, 1)");
        List<WebElement> notComputed = driver.findElements(By.cssSelector(".kpi.st-NOT_COMPUTED"));
        assertThat(notComputed).isNotEmpty();
        WebElement first = notComputed.get(0);
        assertThat(first.getCssValue("border-top-color")).isEqualTo("rgba(196, 204, 214, 1)");
        assertThat(first.findElement(By.cssSelector(".kpi-actual span")).getText())
                .isEqualTo("—");
        assertThat(first.findElements(By.cssSelector(".kpi-chart"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#legend li"))).hasSize(CockpitView.Status.values().length);

        // the county bars load from the compare API (resident population is computed on every branch)
        wait.until(d -> "true".equals(d.findElement(By.id("compare-chart")).getAttribute("data-drawn")));
        assertThat(painted("#compare-chart canvas")).isTrue();
        assertNoHorizontalScrollbar();
        assertNoConsoleErrors();
        screenshot("cockpit-weihai.png");

        driver.findElement(By.id("province-link")).click();
        wait.until(ExpectedConditions.urlContains("/cockpit/province"));
        driver.get(url("/cockpit/province?asOf=2024-06-30"));
        wait.until(d -> d.findElements(By.cssSelector(".province-chart")).stream()
                .allMatch(e -> "true".equals(e.getAttribute("data-drawn"))));
        assertThat(driver.findElement(By.cssSelector(
                                "#province-table tr[data-measure='resident_population'] td[data-jurisdiction='3710']"))
                        .getText())
                .isEqualTo("291.36万人");
        assertNoHorizontalScrollbar();
        assertNoConsoleErrors();
        screenshot("cockpit-province.png");

        // English: longer labels, same layout; the cookie then keeps English, so this comes last
        driver.get(url("/programs/huancui-2024/cockpit?asOf=2025-06-30&lang=en"));
        wait.until(d -> "true".equals(d.findElement(By.id("compare-chart")).getAttribute("data-drawn")));
        assertThat(driver.findElement(By.cssSelector("h2")).getText()).isEqualTo("Indicators");
        assertNoHorizontalScrollbar();
        assertNoConsoleErrors();
        screenshot("cockpit-huancui-en.png");
    }

    /** Whether the canvas holds any non-transparent pixel, i.e. ECharts drew on it. */
    private boolean painted(String canvasSelector) {
        return (Boolean) driver.executeScript(
                "const c = document.querySelector(arguments[0]);"
                        + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                        + "for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) return true; } return false;",
                canvasSelector);
    }
}
