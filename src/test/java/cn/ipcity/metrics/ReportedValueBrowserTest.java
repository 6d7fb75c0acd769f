package cn.ipcity.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipcity.web.BrowserTestSupport;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The reported-values page in headless Chromium at 1366×768: 环翠区's reporter enters and submits a value, its
 * officer approves it (same set-up as {@code cn.ipcity.web.BrowserTest}; screenshots under target/screenshots/).
 */
class ReportedValueBrowserTest extends BrowserTestSupport {

    private static final String ROW = ".reported-indicator[data-code='protection-satisfaction'] tr[data-year='2024']";

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
}
