package cn.ipcity.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipcity.common.ChineseCodes;
import cn.ipcity.web.BrowserTestSupport;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The high-value pages in headless Chromium at 1366×768: from the settings page an officer looks up a patent and
 * reads why it counts (screenshots under target/screenshots/).
 */
class HighValueBrowserTest extends BrowserTestSupport {

    /** SEI (G06F 11/30) and a granted US family member, filed 2014-05-10, granted 2017-03-07, 环翠区. */
    static final String NUMBER = "201410997705." + ChineseCodes.applicationCheckDigit("201410997705");

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOfficerLooksUpWhyAPatentCounts() throws IOException {
        jdbc.sql(
                        """
                        insert into patent (application_number, type, title, abstract, filing_date, term_end, ipc_symbols,
                                            applicants, applicant_jurisdiction_code, applicant_attribution,
                                            applicant_domestic, family_members, awards)
                        values (?, 'INVENTION', '一种服务器集群的故障诊断方法', '', date '2014-05-10', date '2034-05-10',
                                array['G06F 11/30'], array['威海高价值浏览器测试有限公司'], '371002', 'ADDRESS', true,
                                cast('[{"office":"US","number":"US10987654B2","granted":true}]' as jsonb), '{}')
                        on conflict do nothing""")
                .param(NUMBER)
                .update();
        jdbc.sql(
                        "insert into patent_event (application_number, event_date, code) values (?, date '2017-03-07', 'GRANT')"
                                + " on conflict do nothing")
                .param(NUMBER)
                .update();
        login("weihai.officer");
        driver.get(url("/metrics/high-value"));
        assertThat(driver.findElement(By.id("threshold-assumption")).getText()).contains("默认值，待确认");
        assertThat(driver.findElements(By.cssSelector("#hv-conditions li"))).hasSize(5);
        assertNoHorizontalScrollbar();
        screenshot("high-value-settings.png");

        driver.findElement(By.cssSelector("#hv-lookup input[name=number]")).sendKeys(NUMBER);
        driver.executeScript("document.querySelector('#hv-lookup input[name=asOf]').value = '2024-05-11';");
        driver.findElement(By.cssSelector("#hv-lookup button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
        assertThat(driver.findElement(By.id("verdict")).getAttribute("data-high-value"))
                .isEqualTo("true");
        // filed 2014-05-10: on 2024-05-11, the day after the 10th anniversary, all three conditions hold
        assertThat(driver.findElement(By.id("hv-count")).getText()).isEqualTo("3 / 5");
        assertThat(driver.findElement(By.id("hv-county")).getText()).contains("环翠区");
        assertThat(driver.findElement(By.cssSelector("tr[data-criterion=SEI] .sei-match"))
                        .getText())
                .contains("1.1", "G06F11*");
        assertNoHorizontalScrollbar();
        screenshot("high-value-why.png");
        driver.findElement(By.id("registry-link")).click();
        wait.until(ExpectedConditions.urlContains("/registry/patents/" + NUMBER));
    }
}
