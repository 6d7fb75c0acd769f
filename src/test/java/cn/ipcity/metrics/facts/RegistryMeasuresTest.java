package cn.ipcity.metrics.facts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipcity.IntegrationTest;
import cn.ipcity.common.ChineseCodes;
import cn.ipcity.metrics.MeasureQuery;
import cn.ipcity.metrics.MeasureValue;
import cn.ipcity.metrics.Measures;
import cn.ipcity.registry.ImportJob;
import cn.ipcity.registry.Imports;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Registry-based measures on a hand-built register in 西藏 (a province no other test imports into), so that the
 * expected counts below are exactly this fixture's. Holders: A in 拉萨市城关区 540102, C in 拉萨市堆龙德庆区 540103
 * (same city 5401), B in 日喀则市桑珠孜区 540202 (city 5402), F in the USA (foreign).
 *
 * <pre>
 * P1 invention filed 2012-02-29 (leap day) by A, granted 2014-06-10, transferred to B 2020-05-15;
 *    20-year term: anniversary 2032-02-29 exists, so the last valid day is 2032-02-28
 * P2 invention filed 2016-03-01 by A, granted 2018-01-09, lapsed 2021-03-02, restored 2021-09-07
 * P3 utility model filed 2013-07-01 by A, granted 2014-01-07; 10-year term: last valid day 2023-06-30
 * P4 invention filed 2004-05-20 by A, granted 2007-08-01; 20-year term: last valid day 2024-05-19
 * P5 invention filed 2015-04-01 by F (foreign), granted 2017-05-02: never counted anywhere
 * P6 invention filed 2015-01-05 by A, granted 2017-03-07, transferred to C 2019-06-01 (between counties of 拉萨)
 *
 * High-value patents, all held by D in 山南市乃东区 540502 (city 5405; conditions from HighValueRules; the pledge threshold is the default
 * 1,000万元):
 * H1 invention G06N 3/08 (SEI rule 1.5/6) filed 2020-06-01, granted 2022-05-10: high value from its grant
 * H2 invention, family member US…B2 granted, filed 2019-01-10, granted 2021-03-02: from its grant
 * H3 invention filed 2018-04-01, granted 2020-01-07, pledged 12,000,000 元 on 2023-06-01: from 2023-06-01
 * H4 invention filed 2018-04-02, granted 2020-01-07, pledged 9,999,999 元 on 2023-06-01: never (below threshold)
 * H5 invention 第二十三届中国专利金奖 (conferred 2022) filed 2017-02-01, granted 2019-09-03: from 2022-12-31
 * H6 invention G06N 3/08 and a granted US family member, filed 2020-07-01, granted 2022-05-10: both, from grant
 * and P4 (filed 2004-05-20) is maintained more than 10 years from 2014-05-21 until it expires on 2024-05-20.
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryMeasuresTest extends IntegrationTest {

    static final String A = "拉萨高原测试科技有限公司";
    static final String B = "日喀则雪域测试材料有限公司";
    static final String C = "堆龙测试装备有限公司";
    static final String F = "Acme Test Devices Inc.";
    static final String D = "山南测试高新科技有限公司";
    static final String NAIDONG = "西藏自治区山南市乃东区泽当镇4号";

    @Autowired
    Imports imports;

    @Autowired
    RegistryFacts facts;

    @Autowired
    Measures measures;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    final String p1 = number("2012", "1", "9540001");
    final String p2 = number("2016", "1", "9540002");
    final String p3 = number("2013", "2", "9540003");
    final String p4 = number("2004", "1", "9540004");
    final String p5 = number("2015", "1", "9540005");
    final String p6 = number("2015", "1", "9540006");
    final String h1 = number("2020", "1", "9540011");
    final String h2 = number("2019", "1", "9540012");
    final String h3 = number("2018", "1", "9540013");
    final String h4 = number("2018", "1", "9540014");
    final String h5 = number("2017", "1", "9540015");
    final String h6 = number("2020", "1", "9540016");

    static String number(String year, String type, String serial) {
        String body = year + type + serial;
        return body + "." + ChineseCodes.applicationCheckDigit(body);
    }

    @BeforeAll
    void importTheFixture() throws Exception {
        load(
                "party",
                """
                名称,统一社会信用代码,主体类型,地址,区划代码,国别
                拉萨高原测试科技有限公司,,企业,西藏自治区拉萨市城关区北京中路1号,,
                日喀则雪域测试材料有限公司,,企业,西藏自治区日喀则市桑珠孜区上海中路2号,,
                堆龙测试装备有限公司,,企业,西藏自治区拉萨市堆龙德庆区羊达街道3号,,
                Acme Test Devices Inc.,,企业,"1 Market St, San Francisco, CA, USA",,US
                山南测试高新科技有限公司,,企业,西藏自治区山南市乃东区泽当镇4号,,
                """);
        String header = "申请号,申请日,专利类型,发明名称,摘要,公开（公告）号,公开（公告）日,授权公告号,授权公告日,IPC主分类号,IPC分类号,"
                + "申请（专利权）人,当前权利人,发明人,申请人地址,法律状态,简单同族,同族ID,获奖";
        load(
                "patent",
                header + "\n"
                        + patent(p1, "2012-02-29", "发明", A, "西藏自治区拉萨市城关区北京中路1号")
                        + patent(p2, "2016-03-01", "发明", A, "西藏自治区拉萨市城关区北京中路1号")
                        + patent(p3, "2013-07-01", "实用新型", A, "西藏自治区拉萨市城关区北京中路1号")
                        + patent(p4, "2004-05-20", "发明", A, "西藏自治区拉萨市城关区北京中路1号")
                        + patent(p5, "2015-04-01", "发明", F, "1 Market St, San Francisco, CA, USA")
                        + patent(p6, "2015-01-05", "发明", A, "西藏自治区拉萨市城关区北京中路1号")
                        + patent(h1, "2020-06-01", "发明", D, NAIDONG, "G06N 3/08", "", "")
                        + patent(h2, "2019-01-10", "发明", D, NAIDONG, "F16B 1/00", "US11954012B2(授权)", "")
                        + patent(h3, "2018-04-01", "发明", D, NAIDONG, "F16B 1/00", "", "")
                        + patent(h4, "2018-04-02", "发明", D, NAIDONG, "F16B 1/00", "", "")
                        + patent(h5, "2017-02-01", "发明", D, NAIDONG, "F16B 1/00", "", "第二十三届中国专利金奖")
                        + patent(h6, "2020-07-01", "发明", D, NAIDONG, "G06N 3/08", "US11954016B2(授权)", ""));
        load(
                "patent-event",
                "申请号,法律状态公告日,法律状态,变更后权利人,许可类型,被许可人,质押金额（元）,质权人\n"
                        + event(p1, "2014-06-10", "授权", "")
                        + event(p1, "2020-05-15", "专利权的转移", B)
                        + event(p2, "2018-01-09", "授权", "")
                        + event(p2, "2021-03-02", "未缴年费专利权终止", "")
                        + event(p2, "2021-09-07", "专利权的恢复", "")
                        + event(p3, "2014-01-07", "授权", "")
                        + event(p4, "2007-08-01", "授权", "")
                        + event(p5, "2017-05-02", "授权", "")
                        + event(p6, "2017-03-07", "授权", "")
                        + event(p6, "2019-06-01", "专利权的转移", C)
                        + event(h1, "2022-05-10", "授权", "")
                        + event(h2, "2021-03-02", "授权", "")
                        + event(h3, "2020-01-07", "授权", "")
                        + event(h4, "2020-01-07", "授权", "")
                        + event(h5, "2019-09-03", "授权", "")
                        + event(h6, "2022-05-10", "授权", "")
                        + String.join(",", h3, "2023-06-01", "专利权质押合同登记的生效", "", "", "", "12000000", "西藏银行")
                        + "\n"
                        + String.join(",", h4, "2023-06-01", "专利权质押合同登记的生效", "", "", "", "9999999", "西藏银行")
                        + "\n");
        load(
                "trademark",
                """
                注册号,国际分类,商标名称,注册人,注册人地址,商标类型,地理标志,申请日期,注册公告日期,专用权期限至,续展日期,商标状态,状态日期,驰名商标认定日期,马德里国际注册号
                95400001,29,拉萨测试牦牛肉,拉萨高原测试科技有限公司,西藏自治区拉萨市城关区北京中路1号,证明商标,是,2014-01-02,2015-03-07,2025-03-06,,注册,2015-03-07,,1295400
                95400002,9,雪域测试,拉萨高原测试科技有限公司,西藏自治区拉萨市城关区北京中路1号,普通商标,否,2015-01-02,2016-01-01,2025-12-31,,注销,2020-01-01,2018-05-01,
                """);
        load(
                "copyright",
                """
                登记号,作品名称,作品类别,登记日期,著作权人,著作权人地址,区划代码
                2021SR9540001,高原测试软件V1.0,计算机软件,2021-03-01,拉萨高原测试科技有限公司,西藏自治区拉萨市城关区北京中路1号,
                2022SR9540002,高原测试软件V2.0,计算机软件,2022-06-01,拉萨高原测试科技有限公司,西藏自治区拉萨市城关区北京中路1号,
                藏作登字-2022-A-95400003,高原测试图案,美术,2022-01-10,拉萨高原测试科技有限公司,西藏自治区拉萨市城关区北京中路1号,
                """);
        load(
                "gi-product",
                """
                批准公告号,产品名称,批准日期,保护范围区划代码
                2098年第1号,拉萨测试青稞,2012-05-01,540102;540103
                2098年第2号,乃东测试藏香,2016-05-01,5405
                """);
        load(
                "gi-mark-user",
                "产品名称,统一社会信用代码,企业名称,核准日期\n拉萨测试青稞,"
                        + "91540102MA6T00001"
                        + ChineseCodes.usccCheckCharacter("91540102MA6T00001")
                        + ",拉萨测试青稞有限公司,2019-03-01\n");
        load(
                "pledge-contract",
                """
                合同编号,出质人,质权人,登记日期,融资金额（万元）,质押物
                Y2023954001,拉萨高原测试科技有限公司,西藏银行,2023-03-01,500,
                Y2023954002,拉萨高原测试科技有限公司,西藏银行,2023-12-31,250.5,
                Y2024954003,拉萨高原测试科技有限公司,西藏银行,2024-01-01,100,
                """);
    }

    private String patent(String number, String filed, String type, String applicant, String address) {
        return patent(number, filed, type, applicant, address, "F16B 1/00", "", "");
    }

    private String patent(
            String number,
            String filed,
            String type,
            String applicant,
            String address,
            String ipc,
            String family,
            String award) {
        return String.join(
                        ",",
                        number,
                        filed,
                        type,
                        "一种测试装置",
                        "测试摘要",
                        "",
                        "",
                        "",
                        "",
                        ipc,
                        ipc,
                        applicant,
                        applicant,
                        "张三",
                        "\"" + address + "\"",
                        "",
                        family,
                        family.isEmpty() ? "" : "F" + number.substring(0, 12),
                        award)
                + "\n";
    }

    private static String event(String number, String date, String code, String newHolder) {
        return String.join(",", number, date, code, newHolder, "", "", "", "") + "\n";
    }

    private void load(String type, String csv) throws Exception {
        long id = imports.submitAsSystem(
                "fixture-tibet-" + type + ".csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                type,
                null,
                null);
        long deadline = System.currentTimeMillis() + 60_000;
        while (!imports.job(id).status().finished() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        ImportJob job = imports.job(id);
        assertThat(job.status()).as(job.toString()).isEqualTo(ImportJob.Status.SUCCEEDED);
        assertThat(job.rowsRejected()).as(job.toString()).isZero();
        facts.awaitJob(id, Duration.ofSeconds(30));
        facts.awaitCurrent(Duration.ofSeconds(30));
    }

    private BigDecimal stock(String measure, String where, String date) {
        MeasureValue v = measures.value(measure, MeasureQuery.at(where, LocalDate.parse(date)));
        assertThat(v.availability()).as(v.toString()).isEqualTo(MeasureValue.Availability.AVAILABLE);
        return v.value();
    }

    private BigDecimal flow(String measure, String where, String from, String to) {
        MeasureValue v = measures.value(measure, MeasureQuery.over(where, LocalDate.parse(from), LocalDate.parse(to)));
        assertThat(v.availability()).as(v.toString()).isEqualTo(MeasureValue.Availability.AVAILABLE);
        return v.value();
    }

    @Test
    void aTransferMovesThePatentBetweenCountiesAndCities() {
        // 2019-12-31: P6 is in 堆龙德庆 since 2019-06-01; P1, P2, P4 in 城关; P5 foreign; P3 is no invention
        assertThat(stock("valid_invention_patents", "540102", "2019-12-31")).isEqualByComparingTo("3");
        assertThat(stock("valid_invention_patents", "540103", "2019-12-31")).isEqualByComparingTo("1");
        assertThat(stock("valid_invention_patents", "5401", "2019-12-31")).isEqualByComparingTo("4");
        assertThat(stock("valid_invention_patents", "5402", "2019-12-31")).isEqualByComparingTo("0");
        // P6's transfer day: 2019-05-31 still 城关, 2019-06-01 堆龙德庆; the city total does not change
        assertThat(stock("valid_invention_patents", "540102", "2019-05-31")).isEqualByComparingTo("4");
        assertThat(stock("valid_invention_patents", "540102", "2019-06-01")).isEqualByComparingTo("3");
        assertThat(stock("valid_invention_patents", "5401", "2019-06-01")).isEqualByComparingTo("4");
        // P1 goes to 日喀则 on 2020-05-15: 拉萨 loses it, 日喀则 gains it, 西藏 keeps 4
        assertThat(stock("valid_invention_patents", "5401", "2020-05-14")).isEqualByComparingTo("4");
        assertThat(stock("valid_invention_patents", "5401", "2020-05-15")).isEqualByComparingTo("3");
        assertThat(stock("valid_invention_patents", "540202", "2020-05-15")).isEqualByComparingTo("1");
        // 西藏 keeps P1, P2, P4, P6, plus 乃东's H5 (granted 2019-09-03), H3 and H4 (2020-01-07) = 7
        assertThat(stock("valid_invention_patents", "54", "2020-05-15")).isEqualByComparingTo("7");
    }

    @Test
    void lapseThenRestoration() {
        // 城关 at 2021-03-01: P2, P4 (P1 left in 2020, P6 in 2019); P2 lapses 2021-03-02 and returns 2021-09-07
        assertThat(stock("valid_invention_patents", "540102", "2021-03-01")).isEqualByComparingTo("2");
        assertThat(stock("valid_invention_patents", "540102", "2021-03-02")).isEqualByComparingTo("1");
        assertThat(stock("valid_invention_patents", "540102", "2021-09-06")).isEqualByComparingTo("1");
        assertThat(stock("valid_invention_patents", "540102", "2021-09-07")).isEqualByComparingTo("2");
    }

    @Test
    void expiryExactlyAtTheEndOfTheTerm() {
        // P4 filed 2004-05-20: valid through 2024-05-19, expired on 2024-05-20
        assertThat(stock("valid_invention_patents", "540102", "2024-05-19")).isEqualByComparingTo("2");
        assertThat(stock("valid_invention_patents", "540102", "2024-05-20")).isEqualByComparingTo("1");
        // P3 (utility model, 10 years) filed 2013-07-01: in valid_patents through 2023-06-30
        // 城关 valid patents of all types on 2023-06-30: P2, P3, P4 = 3; on 2023-07-01: P2, P4 = 2
        assertThat(stock("valid_patents", "540102", "2023-06-30")).isEqualByComparingTo("3");
        assertThat(stock("valid_patents", "540102", "2023-07-01")).isEqualByComparingTo("2");
        // by type: P3 is the only utility model
        assertThat(stock("valid_utility_model_patents", "540102", "2023-06-30")).isEqualByComparingTo("1");
        assertThat(stock("valid_utility_model_patents", "540102", "2023-07-01")).isEqualByComparingTo("0");
        assertThat(stock("valid_design_patents", "540102", "2023-06-30")).isEqualByComparingTo("0");
    }

    @Test
    void leapDayFilingLastsUntilTheDayBeforeItsAnniversary() {
        // P1 filed 2012-02-29 lies in 桑珠孜 from 2020-05-15; 2032 has a 29 February, so 2032-02-28 is its last day
        assertThat(stock("valid_invention_patents", "540202", "2032-02-28")).isEqualByComparingTo("1");
        assertThat(stock("valid_invention_patents", "540202", "2032-02-29")).isEqualByComparingTo("0");
    }

    @Test
    void flowsCountByDateWithBothEndsIncluded() {
        // applications of 2012 in 拉萨: P1 (2012-02-29); grants of 2014: P3 (01-07) and P1 (06-10), one invention
        assertThat(flow("patent_applications", "5401", "2012-01-01", "2012-12-31"))
                .isEqualByComparingTo("1");
        assertThat(flow("patent_applications", "5401", "2012-02-29", "2012-02-29"))
                .isEqualByComparingTo("1");
        assertThat(flow("patent_applications", "5401", "2012-03-01", "2012-12-31"))
                .isEqualByComparingTo("0");
        assertThat(flow("patent_grants", "5401", "2014-01-01", "2014-12-31")).isEqualByComparingTo("2");
        assertThat(flow("invention_grants", "5401", "2014-01-01", "2014-12-31")).isEqualByComparingTo("1");
        assertThat(flow("patent_grants", "5401", "2014-01-08", "2014-06-10")).isEqualByComparingTo("1");
        // transfers count where the right came from (the transferor): P6 in 2019 and P1 in 2020, both from 城关
        assertThat(flow("patent_transfers", "540102", "2019-01-01", "2020-12-31"))
                .isEqualByComparingTo("2");
        assertThat(flow("patent_transfers", "5402", "2019-01-01", "2020-12-31")).isEqualByComparingTo("0");
    }

    @Test
    void foreignHoldersCountNowhere() {
        // P5 is valid 2017-05-02 on, held by F in the USA: 西藏's total at 2018-01-01 is P1, P4, P6 (P2 not granted)
        assertThat(stock("valid_invention_patents", "54", "2018-01-01")).isEqualByComparingTo("3");
    }

    @Test
    void trademarksByTheirDates() {
        // TM1 (GI, Madrid) registered 2015-03-07, in force through 2025-03-06; TM2 registered 2016-01-01,
        // cancelled 2020-01-01, well-known since 2018-05-01
        assertThat(stock("valid_trademarks", "540102", "2019-12-31")).isEqualByComparingTo("2");
        assertThat(stock("valid_trademarks", "540102", "2020-01-01")).isEqualByComparingTo("1");
        assertThat(stock("gi_trademarks", "5401", "2025-03-06")).isEqualByComparingTo("1");
        assertThat(stock("gi_trademarks", "5401", "2025-03-07")).isEqualByComparingTo("0");
        assertThat(stock("madrid_registrations", "54", "2020-06-30")).isEqualByComparingTo("1");
        assertThat(stock("well_known_trademarks", "540102", "2018-04-30")).isEqualByComparingTo("0");
        assertThat(stock("well_known_trademarks", "540102", "2018-05-01")).isEqualByComparingTo("1");
        assertThat(stock("well_known_trademarks", "540102", "2020-01-01")).isEqualByComparingTo("0");
        assertThat(flow("trademark_registrations", "5401", "2016-01-01", "2016-12-31"))
                .isEqualByComparingTo("1");
    }

    @Test
    void pledgeFinancingAmountsInYuan() {
        // 2023: 500万 + 250.5万 = 7,505,000 元 in two contracts; the 2024-01-01 contract is outside
        assertThat(flow("pledge_amount", "5401", "2023-01-01", "2023-12-31")).isEqualByComparingTo("7505000");
        assertThat(flow("pledge_count", "5401", "2023-01-01", "2023-12-31")).isEqualByComparingTo("2");
        assertThat(flow("pledge_amount", "540102", "2023-12-31", "2024-01-01")).isEqualByComparingTo("3505000");
    }

    @Test
    void aMissingPopulationYearMakesTheRatioMissingNotZero() {
        // no population figure exists for 城关区: the count is available, the per-10k ratio is missing
        assertThat(stock("valid_invention_patents", "540102", "2024-12-31")).isEqualByComparingTo("1");
        MeasureValue ratio = measures.value(
                "valid_invention_patents_per_10k", MeasureQuery.at("540102", LocalDate.of(2024, 12, 31)));
        assertThat(ratio.availability()).isEqualTo(MeasureValue.Availability.MISSING);
        assertThat(ratio.note()).contains("resident_population");
    }

    @Test
    void aRebuildFromTheRegistryGivesTheSameFigures() {
        List<BigDecimal> before = List.of(
                stock("valid_invention_patents", "5401", "2019-12-31"),
                stock("valid_trademarks", "54", "2019-12-31"),
                flow("pledge_amount", "54", "2023-01-01", "2023-12-31"));
        facts.rebuildAll();
        assertThat(List.of(
                        stock("valid_invention_patents", "5401", "2019-12-31"),
                        stock("valid_trademarks", "54", "2019-12-31"),
                        flow("pledge_amount", "54", "2023-01-01", "2023-12-31")))
                .usingElementComparator(BigDecimal::compareTo)
                .isEqualTo(before);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor viewer() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(
                "shandong.viewer", DEMO_PASSWORD);
    }

    @Test
    void theRecordsOfAFigureAreExactlyTheOnesCounted() throws Exception {
        // 拉萨 at 2019-12-31 counts 4 valid inventions: P1, P2, P4 in 城关 and P6 in 堆龙德庆 (P5 foreign, P3 utility)
        String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/v1/measures/valid_invention_patents/records")
                        .param("jurisdiction", "5401")
                        .param("asOf", "2019-12-31")
                        .with(viewer()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((Integer) com.jayway.jsonpath.JsonPath.read(body, "$.total")).isEqualTo(4);
        List<String> keys = com.jayway.jsonpath.JsonPath.read(body, "$.items[*].recordKey");
        assertThat(keys).containsExactlyInAnyOrder(p1, p2, p4, p6);
        List<String> counties =
                com.jayway.jsonpath.JsonPath.read(body, "$.items[?(@.recordKey == '" + p6 + "')].county");
        assertThat(counties).containsExactly("540103");
        // the ratio lists its numerator's records
        String ratio = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/v1/measures/valid_invention_patents_per_10k/records")
                        .param("jurisdiction", "540102")
                        .param("asOf", "2019-12-31")
                        .with(viewer()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((Integer) com.jayway.jsonpath.JsonPath.read(ratio, "$.total"))
                .isEqualTo(3);
        // flows: the 2023 pledge contracts with their amounts
        String pledges = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/v1/measures/pledge_amount/records")
                        .param("jurisdiction", "54")
                        .param("from", "2023-01-01")
                        .param("to", "2023-12-31")
                        .with(viewer()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> contracts = com.jayway.jsonpath.JsonPath.read(pledges, "$.items[*].recordKey");
        assertThat(contracts).containsExactly("Y2023954001", "Y2023954002");
    }

    @Test
    void aMeasureWithoutRecordsOrAFlowWithoutPeriodIsABadRequest() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/v1/measures/resident_population/records")
                        .param("jurisdiction", "5401")
                        .param("asOf", "2019-12-31")
                        .with(viewer()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("resident_population")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/v1/measures/pledge_amount/records")
                        .param("jurisdiction", "5401")
                        .param("to", "2019-12-31")
                        .with(viewer()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("from")));
    }

    @Test
    void theExcelExportAndThePageListTheSameRecords() throws Exception {
        byte[] xlsx = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/measures/valid_invention_patents/records.xlsx")
                        .param("jurisdiction", "5401")
                        .param("asOf", "2019-12-31")
                        .with(viewer()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(4); // header + 4 records
            List<String> keys = new java.util.ArrayList<>();
            for (int r = 1; r <= 4; r++) {
                keys.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(keys).containsExactlyInAnyOrder(p1, p2, p4, p6);
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("城关区");
        }
        String html = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/measures/valid_invention_patents/records")
                        .param("jurisdiction", "5401")
                        .param("asOf", "2019-12-31")
                        .with(viewer()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains(p1, p2, p4, p6, "堆龙德庆区", "共 4 条");
    }

    @Test
    void highValuePatentsByConditionAloneAndOverlapping() {
        // 乃东 on 2023-12-31: H1 (SEI), H2 (family), H3 (pledge ≥ threshold since 2023-06-01), H5 (award since
        // 2022-12-31), H6 (SEI and family) = 5; H4's pledge is 1 元 below the threshold
        assertThat(stock("hv_invention_patents", "540502", "2023-12-31")).isEqualByComparingTo("5");
        assertThat(stock("hv_sei_patents", "540502", "2023-12-31")).isEqualByComparingTo("2");
        assertThat(stock("hv_family_abroad_patents", "540502", "2023-12-31")).isEqualByComparingTo("2");
        assertThat(stock("hv_pledge_patents", "540502", "2023-12-31")).isEqualByComparingTo("1");
        assertThat(stock("hv_award_patents", "540502", "2023-12-31")).isEqualByComparingTo("1");
        assertThat(stock("hv_maintained_10_years_patents", "540502", "2023-12-31"))
                .isEqualByComparingTo("0");
        // the criteria sum to 6: H6 meets two and is counted once in the total (overlap 1)
        // the pledge counts from its date, the award from 31 December of the year it was conferred
        assertThat(stock("hv_invention_patents", "540502", "2023-05-31")).isEqualByComparingTo("4");
        assertThat(stock("hv_invention_patents", "540502", "2022-12-30")).isEqualByComparingTo("3");
        // before H1 and H6 were granted (2022-05-10) only H2 counts: a condition counts only while valid
        assertThat(stock("hv_invention_patents", "540502", "2022-05-09")).isEqualByComparingTo("1");
        // P4 (filed 2004-05-20) in 城关: maintained more than 10 years from 2014-05-21 until it expires 2024-05-20
        assertThat(stock("hv_maintained_10_years_patents", "540102", "2014-05-20"))
                .isEqualByComparingTo("0");
        assertThat(stock("hv_maintained_10_years_patents", "540102", "2014-05-21"))
                .isEqualByComparingTo("1");
        assertThat(stock("hv_invention_patents", "540102", "2024-05-19")).isEqualByComparingTo("1");
        assertThat(stock("hv_invention_patents", "540102", "2024-05-20")).isEqualByComparingTo("0");
        // P1 (filed 2012-02-29) is maintained more than 10 years from 2022-03-01, by then in 桑珠孜
        assertThat(stock("hv_maintained_10_years_patents", "540202", "2022-02-28"))
                .isEqualByComparingTo("0");
        assertThat(stock("hv_maintained_10_years_patents", "540202", "2022-03-01"))
                .isEqualByComparingTo("1");
        // the province: 城关 (P4 until 2024-05-20; P2 filed 2016-03-01 only from 2026-03-02), 堆龙 (P6 from
        // 2025-01-06), 桑珠孜 (P1) and 乃东 (5) on 2023-12-31 = 1 + 0 + 1 + 5 = 7
        assertThat(stock("hv_invention_patents", "54", "2023-12-31")).isEqualByComparingTo("7");
    }

    @Test
    void theOverlapOfTheConditions() throws Exception {
        // 乃东 on 2023-12-31: H1 SEI, H2 family, H3 pledge, H5 award, H6 SEI + family: 5 patents, 6 conditions met
        String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/v1/high-value/breakdown")
                        .param("jurisdiction", "540502")
                        .param("asOf", "2023-12-31")
                        .with(viewer()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((Integer) com.jayway.jsonpath.JsonPath.read(body, "$.total")).isEqualTo(5);
        assertThat((Integer) com.jayway.jsonpath.JsonPath.read(body, "$.byCondition.SEI"))
                .isEqualTo(2);
        assertThat((Integer) com.jayway.jsonpath.JsonPath.read(body, "$.byCondition.FAMILY_ABROAD"))
                .isEqualTo(2);
        List<Integer> both = com.jayway.jsonpath.JsonPath.read(body, "$.overlap[?(@.conditions.length() == 2)].count");
        assertThat(both).containsExactly(1);
        List<List<String>> pairs =
                com.jayway.jsonpath.JsonPath.read(body, "$.overlap[?(@.conditions.length() == 2)].conditions");
        assertThat(pairs.get(0)).containsExactly("FAMILY_ABROAD", "SEI");
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void factsEmptiedByADatabaseCrashAreDerivedAgainAtStart() {
        BigDecimal before = stock("valid_invention_patents", "5401", "2019-12-31");
        // what PostgreSQL does to unlogged tables after a crash
        jdbc.sql("truncate ip_fact, ip_fact_alive").update();
        facts.start();
        facts.awaitCurrent(Duration.ofSeconds(60));
        assertThat(jdbc.sql("select count(*) from ip_fact where record_key = ?")
                        .param(p6)
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(stock("valid_invention_patents", "5401", "2019-12-31")).isEqualByComparingTo(before);
    }

    @Test
    void geographicalIndicationProductsAndSpecialMarkCoverage() {
        // 青稞 (2012) spans two counties of 拉萨 and counts once for the city; 藏香 (2016) covers all of 山南, so it
        // counts for 乃东区 too. Only 青稞 has an enterprise approved for the special mark (2019-03-01).
        assertThat(stock("gi_products", "5401", "2020-01-01")).isEqualByComparingTo("1");
        assertThat(stock("gi_products", "540103", "2020-01-01")).isEqualByComparingTo("1");
        assertThat(stock("gi_products", "540502", "2016-05-01")).isEqualByComparingTo("1");
        assertThat(stock("gi_products", "54", "2016-04-30")).isEqualByComparingTo("1");
        assertThat(stock("gi_products", "54", "2020-01-01")).isEqualByComparingTo("2");
        // coverage in 西藏: 0 of 2 before 2019-03-01, 1 of 2 = 50 % from then
        assertThat(stock("gi_mark_coverage", "54", "2019-02-28")).isEqualByComparingTo("0");
        assertThat(stock("gi_mark_coverage", "54", "2019-03-01")).isEqualByComparingTo("50");
    }

    @Test
    void copyrightsPerPeriodAndCumulative() {
        // software 2021-03-01 and 2022-06-01, a work of art 2022-01-10, all in 城关
        assertThat(flow("software_copyrights", "5401", "2022-01-01", "2022-12-31"))
                .isEqualByComparingTo("1");
        assertThat(flow("copyright_works", "5401", "2022-01-01", "2022-12-31")).isEqualByComparingTo("1");
        assertThat(stock("software_copyrights_cumulative", "540102", "2022-05-31"))
                .isEqualByComparingTo("1");
        assertThat(stock("software_copyrights_cumulative", "540102", "2022-06-01"))
                .isEqualByComparingTo("2");
        assertThat(stock("copyright_works_cumulative", "54", "2022-01-09")).isEqualByComparingTo("0");
        assertThat(stock("copyright_works_cumulative", "54", "2022-01-10")).isEqualByComparingTo("1");
    }

    @Test
    void anImportThatOnlyAddsEventsMovesThePatentAndAgreesWithARebuild() throws Exception {
        // Q: invention filed 2019-03-01 by E in 达孜区 540104, granted 2021-01-05; a later file adds only its transfer
        // to D in 乃东区 540502 on 2024-06-03 (the update derives the replaced facts without the new event)
        String q = number("2019", "1", "9540021");
        load("party", "名称,统一社会信用代码,主体类型,地址,区划代码,国别\n达孜测试材料有限公司,,企业,西藏自治区拉萨市达孜区德庆镇5号,,\n");
        load(
                "patent",
                "申请号,申请日,专利类型,发明名称,摘要,公开（公告）号,公开（公告）日,授权公告号,授权公告日,IPC主分类号,IPC分类号,"
                        + "申请（专利权）人,当前权利人,发明人,申请人地址,法律状态,简单同族,同族ID,获奖\n"
                        + patent(q, "2019-03-01", "发明", "达孜测试材料有限公司", "西藏自治区拉萨市达孜区德庆镇5号"));
        load("patent-event", "申请号,法律状态公告日,法律状态,变更后权利人,许可类型,被许可人,质押金额（元）,质权人\n" + event(q, "2021-01-05", "授权", ""));
        assertThat(stock("valid_invention_patents", "540104", "2024-06-03")).isEqualByComparingTo("1");
        BigDecimal naidong = stock("valid_invention_patents", "540502", "2024-06-03");
        load("patent-event", "申请号,法律状态公告日,法律状态,变更后权利人,许可类型,被许可人,质押金额（元）,质权人\n" + event(q, "2024-06-03", "专利权的转移", D));
        assertThat(stock("valid_invention_patents", "540104", "2024-06-02")).isEqualByComparingTo("1");
        assertThat(stock("valid_invention_patents", "540104", "2024-06-03")).isEqualByComparingTo("0");
        assertThat(stock("valid_invention_patents", "540502", "2024-06-03"))
                .isEqualByComparingTo(naidong.add(BigDecimal.ONE));
        assertThat(flow("patent_transfers", "540104", "2024-01-01", "2024-12-31"))
                .isEqualByComparingTo("1");
        facts.rebuildAll();
        assertThat(stock("valid_invention_patents", "540104", "2024-06-03")).isEqualByComparingTo("0");
        assertThat(stock("valid_invention_patents", "540502", "2024-06-03"))
                .isEqualByComparingTo(naidong.add(BigDecimal.ONE));
        assertThat(jdbc.sql("select count(*) from ip_fact where record_key = ? and kind = 'PATENT_VALID'")
                        .param(q)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }
}
