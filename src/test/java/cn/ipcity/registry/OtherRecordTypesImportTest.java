package cn.ipcity.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** One small file per other record type of docs/import-formats.md, through the shipped profiles. */
class OtherRecordTypesImportTest extends ImportTestSupport {

    private void ok(Map<String, Object> job, long imported) {
        assertThat(job.get("status")).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(n(job, "rowsImported")).as(job.toString()).isEqualTo(imported);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @org.springframework.beans.factory.annotation.Autowired
    Imports imports;

    @Test
    void theApplicationItselfCanQueueAJobAsSystem() throws Exception {
        long id = imports.submitAsSystem(
                "demo.csv",
                new java.io.ByteArrayInputStream("批准公告号,产品名称,批准日期,保护范围区划代码\n2099年第9号,系统导入测试,2010-01-01,3710\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "gi-product",
                null,
                null);
        long deadline = System.currentTimeMillis() + 30_000;
        while (!imports.job(id).status().finished() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        ImportJob job = imports.job(id);
        assertThat(job.status()).isEqualTo(ImportJob.Status.SUCCEEDED);
        assertThat(job.createdBy()).isEqualTo("system");
        assertThat(job.rowsInserted()).isEqualTo(1);
    }

    @Test
    void copyrightPlantIcLayoutAreAttributed() throws Exception {
        ok(
                importCsv(
                        "copyright",
                        """
                        登记号,作品名称,作品类别,登记日期,著作权人,著作权人地址,区划代码
                        2024SR0000001,测试管理软件V1.0,计算机软件,2024-03-01,威海测试软件有限公司,山东省威海市环翠区,
                        鲁作登字-2024-F-00000001,测试图案,美术,2024/3/2,张伟,,371002
                        """),
                2);
        assertThat(count("select count(*) from copyright_registration where software and jurisdiction_code = '371002'"))
                .isGreaterThanOrEqualTo(1);
        ok(
                importCsv(
                        "plant-variety",
                        """
                        品种权号,品种名称,植物种类,授权日,品种权人,地址
                        CNA20240001.1,鲁测1号,小麦,2024-05-01,山东省农业科学院,山东省济南市历城区工业北路
                        """),
                1);
        ok(
                importCsv(
                        "ic-layout",
                        """
                        登记号,布图设计名称,申请日,公告日,权利人,地址
                        BS.245500001,测试芯片,2024-01-02,2024-04-01,烟台测试微电子有限公司,山东省烟台市芝罘区
                        """),
                1);
        assertThat(count("select count(*) from ic_layout where jurisdiction_code = '370602'"))
                .isEqualTo(1);
    }

    @Test
    void giProductsAndMarkUsers() throws Exception {
        String uscc = ImportFixtures.uscc("91371082MA3C00003");
        ok(
                importCsv(
                        "gi-product",
                        """
                        批准公告号,产品名称,批准日期,保护范围区划代码
                        2099年第1号,测试海参,2009-06-01,371082;371083
                        2099年第2号,坏区划,2009-06-01,999999
                        """),
                1);
        ok(importCsv("gi-mark-user", "产品名称,统一社会信用代码,企业名称,核准日期\n测试海参," + uscc + ",荣成测试海参有限公司,2020-01-01\n"), 1);
        assertThat(
                        count(
                                "select count(*) from gi_product where product_name = '测试海参' and area_codes = '{371082,371083}'"))
                .isEqualTo(1);
    }

    @Test
    void designationsAndContractsInYuan() throws Exception {
        String uscc = ImportFixtures.uscc("91371000MA3C00004");
        ok(
                importCsv(
                        "designation",
                        "统一社会信用代码,企业名称,认定类型,认定日期,有效期至,区划代码\n" + uscc
                                + ",威海认定测试有限公司,国家知识产权优势企业,2022-11-01,2025-10-31,371002\n" + uscc
                                + ",威海认定测试有限公司,\"专精特新\"\"小巨人\"\"企业\",2023-07-01,2026-06-30,371002\n"),
                2);
        var pledge = importCsv(
                "pledge-contract",
                """
                合同编号,出质人,质权人,登记日期,融资金额（万元）,质押物
                Y2099000001,威海认定测试有限公司,中国银行威海分行,2024-06-01,1500,202110000001.5;12345678
                Y2099000002,威海认定测试有限公司,中国银行威海分行,2024-06-01,-5,
                """);
        assertThat(n(pledge, "rowsRejected")).isEqualTo(1);
        // 1500 万元 = 15 000 000 元
        assertThat(count("select amount_yuan::bigint from pledge_contract where contract_number = 'Y2099000001'"))
                .isEqualTo(15_000_000L);
        String patent = ImportFixtures.applicationNumber(2021, 1);
        ok(
                importCsv(
                        "tech-contract",
                        "合同登记号,登记日期,卖方,买方,成交额（万元）,涉及专利,区划代码\n2099371000000001,2024-08-01,山东大学,威海认定测试有限公司,80.5," + patent
                                + ",3710\n"),
                1);
        assertThat(count("select amount_yuan::bigint from tech_contract where contract_number = '2099371000000001'"))
                .isEqualTo(805_000L);
    }
}
