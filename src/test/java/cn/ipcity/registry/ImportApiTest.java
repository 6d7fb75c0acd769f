package cn.ipcity.registry;

import static cn.ipcity.registry.ImportFixtures.EVENT_HEADER;
import static cn.ipcity.registry.ImportFixtures.PARTY_HEADER;
import static cn.ipcity.registry.ImportFixtures.PATENT_HEADER;
import static cn.ipcity.registry.ImportFixtures.TRADEMARK_HEADER;
import static cn.ipcity.registry.ImportFixtures.applicationNumber;
import static cn.ipcity.registry.ImportFixtures.csv;
import static cn.ipcity.registry.ImportFixtures.patentRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

class ImportApiTest extends ImportTestSupport {

    static final Charset GBK = Charset.forName("GBK");

    @Test
    void patentsEventsAndPartiesGiveStateAndHoldersAtAnyDate() throws Exception {
        String uscc = ImportFixtures.uscc("91371000MA3C00001");
        var parties = importCsv(
                "party",
                csv(
                        PARTY_HEADER,
                        List.of(
                                "威海测试数控股份有限公司," + uscc + ",企业,山东省威海市环翠区文化西路180号,,CN",
                                "烟台测试科技有限公司,,企业,山东省烟台市芝罘区南大街1号,,CN")));
        assertThat(parties.get("status")).isEqualTo("SUCCEEDED");
        assertThat(n(parties, "rowsImported")).isEqualTo(2);

        String a = applicationNumber(2015, 1);
        String b = applicationNumber(2016, 2);
        var patents = importCsv(
                "patent",
                csv(
                        PATENT_HEADER,
                        List.of(
                                patentRow(
                                        a,
                                        "2015-03-10",
                                        "发明",
                                        "一种数控机床",
                                        "B23Q 1/00",
                                        "威海测试数控股份有限公司",
                                        "山东省威海市环翠区文化西路180号"),
                                patentRow(
                                        b,
                                        "2016/5/6",
                                        "实用新型",
                                        "一种夹具",
                                        "B23Q 3/06",
                                        "威海测试数控股份有限公司",
                                        "山东省威海市环翠区文化西路180号"))));
        assertThat(patents.get("status")).as(patents.toString()).isEqualTo("SUCCEEDED");
        assertThat(n(patents, "rowsInserted")).isEqualTo(2);

        var events = importCsv(
                "patent-event",
                csv(
                        EVENT_HEADER,
                        List.of(
                                a + ",2017-06-01,授权,,,,,",
                                a + ",2019-03-01,专利权的转移,烟台测试科技有限公司,,,,",
                                a + ",2020-04-10,未缴年费专利权终止,,,,,",
                                a + ",2020-09-01,专利权的恢复,,,,,",
                                a + ",2021-01-05,专利权质押合同登记的生效,,,,5000000,中国银行威海分行",
                                b + ",2016.09.20,授权,,,,,")));
        assertThat(events.get("status")).as(events.toString()).isEqualTo("SUCCEEDED");
        assertThat(n(events, "rowsInserted")).isEqualTo(6);
        // the export said 审中 for both, but their events say in force (a) and expired (b) today: reported
        assertThat((List<?>) events.get("warnings"))
                .anySatisfy(w -> assertThat((String) w).contains("2 patents whose 法律状态 in the export differs"));

        // 2018: granted, held by the Weihai applicant in 环翠区
        mvc.perform(get("/api/v1/patents/CN" + a.replace(".", ""))
                        .param("asOf", "2018-01-01")
                        .with(as("weihai.leader")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status.state").value("VALID"))
                .andExpect(jsonPath("$.status.holders[0]").value("威海测试数控股份有限公司"))
                .andExpect(jsonPath("$.status.jurisdictionCode").value("371002"))
                .andExpect(jsonPath("$.events.length()").value(5));
        // mid-2020: transferred to Yantai (芝罘区 370602), lapsed for fees
        mvc.perform(get("/api/v1/patents/" + a).param("asOf", "2020-05-01").with(as("weihai.leader")))
                .andExpect(jsonPath("$.status.state").value("LAPSED"))
                .andExpect(jsonPath("$.status.jurisdictionCode").value("370602"));
        mvc.perform(get("/api/v1/patents/" + a).param("asOf", "2021-02-01").with(as("weihai.leader")))
                .andExpect(jsonPath("$.status.state").value("VALID"))
                .andExpect(jsonPath("$.status.pledged").value(true));
        // the list applies the same rule in SQL: in 2018 the patent counts for 环翠区, in 2021 for 烟台
        mvc.perform(get("/api/v1/patents")
                        .param("jurisdiction", "371002")
                        .param("asOf", "2018-01-01")
                        .param("holder", "威海测试数控")
                        .with(as("weihai.leader")))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[?(@.applicationNumber == '" + a + "')].state")
                        .value("VALID"));
        mvc.perform(get("/api/v1/patents")
                        .param("jurisdiction", "3706")
                        .param("asOf", "2021-02-01")
                        .param("state", "VALID")
                        .param("holder", "烟台测试科技")
                        .with(as("weihai.leader")))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].applicationNumber").value(a));
        // the utility model filed 2016-05-06 expired on 2026-05-06
        mvc.perform(get("/api/v1/patents/" + b).param("asOf", "2026-05-06").with(as("weihai.leader")))
                .andExpect(jsonPath("$.status.state").value("EXPIRED"));

        // the same files again change nothing
        var again = importCsv(
                "patent-event",
                csv(
                        EVENT_HEADER,
                        List.of(
                                a + ",2017-06-01,授权,,,,,",
                                a + ",2019-03-01,专利权的转移,烟台测试科技有限公司,,,,",
                                a + ",2020-04-10,未缴年费专利权终止,,,,,",
                                a + ",2020-09-01,专利权的恢复,,,,,",
                                a + ",2021-01-05,专利权质押合同登记的生效,,,,5000000,中国银行威海分行",
                                b + ",2016.09.20,授权,,,,,")));
        assertThat(n(again, "rowsInserted")).isZero();
        assertThat(n(again, "rowsUpdated")).isZero();
        assertThat(n(again, "rowsUnchanged")).isEqualTo(6);

        // a newer export of the patents: one title corrected → exactly one update
        var newer = importCsv(
                "patent",
                csv(
                        PATENT_HEADER,
                        List.of(
                                patentRow(
                                        a,
                                        "2015-03-10",
                                        "发明",
                                        "一种五轴数控机床",
                                        "B23Q 1/00",
                                        "威海测试数控股份有限公司",
                                        "山东省威海市环翠区文化西路180号"),
                                patentRow(
                                        b,
                                        "2016/5/6",
                                        "实用新型",
                                        "一种夹具",
                                        "B23Q 3/06",
                                        "威海测试数控股份有限公司",
                                        "山东省威海市环翠区文化西路180号"))));
        assertThat(n(newer, "rowsUpdated")).isEqualTo(1);
        assertThat(n(newer, "rowsUnchanged")).isEqualTo(1);
        assertThat(jdbc.sql("select title from patent where application_number = ?")
                        .param(a)
                        .query(String.class)
                        .single())
                .isEqualTo("一种五轴数控机床");
        // one audit entry per job, not per row
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'import_job' and entity_key = ?")
                        .param(String.valueOf(n(newer, "jobId")))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void trademarksWithStateAtDate() throws Exception {
        var job = importCsv(
                "trademark",
                csv(
                        TRADEMARK_HEADER,
                        List.of(
                                "90000001,7;9,测试牌,威海测试数控股份有限公司,山东省威海市环翠区文化西路180号,普通商标,否,2010-01-05,2011-03-14,2021-03-13,2021-02-01,注册,,2018-06-01,",
                                "90000002,29,文登西洋参,文登西洋参协会,山东省文登市,证明商标,是,2012-01-05,2013-03-14,2023-03-13,,撤销,2019-07-01,,")));
        assertThat(job.get("status")).as(job.toString()).isEqualTo("SUCCEEDED");
        mvc.perform(get("/api/v1/trademarks")
                        .param("jurisdiction", "371003")
                        .param("asOf", "2019-06-30")
                        .with(as("weihai.leader")))
                .andExpect(jsonPath("$.items[?(@.registrationNumber == '90000002')].state")
                        .value("REGISTERED"));
        mvc.perform(get("/api/v1/trademarks")
                        .param("jurisdiction", "371003")
                        .param("asOf", "2019-07-01")
                        .with(as("weihai.leader")))
                .andExpect(jsonPath("$.items[?(@.registrationNumber == '90000002')].state")
                        .value("REVOKED"));
        mvc.perform(get("/api/v1/trademarks")
                        .param("registrant", "威海测试数控")
                        .param("asOf", "2012-01-01")
                        .with(as("weihai.leader")))
                .andExpect(jsonPath("$.items[0].niceClasses[1]").value(9))
                .andExpect(jsonPath("$.items[0].state").value("REGISTERED"));
    }

    @Test
    void gbkDeclaredAsUtf8IsRefused() throws Exception {
        String text = csv(PARTY_HEADER, List.of("编码测试甲有限公司,,企业,山东省威海市环翠区,,CN"));
        var job = importFile("admin", "party", "gbk.csv", text.getBytes(GBK), "encoding", "UTF-8");
        assertThat(job.get("status")).isEqualTo("FAILED");
        assertThat((String) job.get("message")).contains("declared UTF-8").contains("GBK");
        assertThat(partyExists("编码测试甲有限公司")).isFalse();
    }

    @Test
    void utf8DeclaredAsGbkIsRefused() throws Exception {
        String text = csv(PARTY_HEADER, List.of("编码测试乙有限公司,,企业,山东省威海市环翠区,,CN"));
        var job = importFile("admin", "party", "utf8.csv", text.getBytes(StandardCharsets.UTF_8), "encoding", "GBK");
        assertThat(job.get("status")).isEqualTo("FAILED");
        assertThat((String) job.get("message")).contains("declared GBK but is UTF-8");
        assertThat(partyExists("编码测试乙有限公司")).isFalse();
    }

    @Test
    void gbkIsDetectedWhenNotDeclared() throws Exception {
        String text = csv(PARTY_HEADER, List.of("编码测试丙有限公司,,企业,山东省威海市环翠区,,CN"));
        var job = importFile("admin", "party", "gbk.csv", text.getBytes(GBK));
        assertThat(job.get("status")).isEqualTo("SUCCEEDED");
        assertThat(job.get("encoding")).isEqualTo("GB18030");
        assertThat(partyExists("编码测试丙有限公司")).isTrue();
    }

    @Test
    void impossibleDatesWrongCheckDigitsAndUnknownIpcAreRowErrors() throws Exception {
        String good = applicationNumber(2023, 1);
        String badDate = applicationNumber(2023, 1);
        String badIpc = applicationNumber(2023, 1);
        String right = applicationNumber(2023, 1);
        String badCheck = ImportFixtures.wrongCheckDigit(right);
        var job = importCsv(
                "patent",
                csv(
                        PATENT_HEADER,
                        List.of(
                                patentRow(good, "2023-02-03", "发明", "好行", "G06F 16/29", "甲公司", "山东省淄博市张店区"),
                                patentRow(badDate, "2023-02-30", "发明", "坏日期", "G06F 16/29", "甲公司", "山东省淄博市张店区"),
                                patentRow(badIpc, "2023-02-03", "发明", "坏IPC", "G06Z 16/29", "甲公司", "山东省淄博市张店区"),
                                patentRow(badCheck, "2023-02-03", "发明", "坏校验位", "G06F 16/29", "甲公司", "山东省淄博市张店区"))));
        assertThat(job.get("status")).isEqualTo("SUCCEEDED");
        assertThat(n(job, "rowsImported")).isEqualTo(1);
        assertThat(n(job, "rowsRejected")).isEqualTo(3);
        var errs = errors(job);
        assertThat(errs).anySatisfy(e -> {
            assertThat(e.get("row")).isEqualTo(3);
            assertThat(e.get("column")).isEqualTo("申请日");
            assertThat(e.get("value")).isEqualTo("2023-02-30");
        });
        assertThat(errs).anySatisfy(e -> {
            assertThat(e.get("row")).isEqualTo(4);
            assertThat(e.get("column")).isEqualTo("IPC主分类号");
            assertThat((String) e.get("message")).contains("G06Z does not exist");
        });
        assertThat(errs).anySatisfy(e -> {
            assertThat(e.get("row")).isEqualTo(5);
            assertThat(e.get("column")).isEqualTo("申请号");
            assertThat((String) e.get("message"))
                    .contains("wrong check digit, expected " + right.charAt(right.length() - 1));
        });
        // the report downloads as CSV
        String report = mvc.perform(get("/api/v1/imports/" + n(job, "jobId") + "/errors.csv")
                        .with(as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(report).contains("row,column,value,message").contains("3,申请日,2023-02-30");
    }

    @Test
    void wrongCreditCodeCheckCharacterIsARowError() throws Exception {
        String valid = ImportFixtures.uscc("91370600MA3C00002");
        char wrong = valid.charAt(17) == '1' ? '2' : '1';
        var job = importCsv(
                "party",
                csv(PARTY_HEADER, List.of("校验测试有限公司," + valid.substring(0, 17) + wrong + ",企业,山东省烟台市芝罘区,,CN")));
        assertThat(n(job, "rowsRejected")).isEqualTo(1);
        assertThat((String) errors(job).get(0).get("message")).contains("expected check character " + valid.charAt(17));
    }

    @Test
    void duplicateRowsWithinAFileKeepTheFirst() throws Exception {
        String a = applicationNumber(2022, 2);
        String row = patentRow(a, "2022-01-01", "实用新型", "重复行", "B23Q 3/06", "乙公司", "山东省威海市环翠区");
        var job = importCsv("patent", csv(PATENT_HEADER, List.of(row, row)));
        assertThat(n(job, "rowsImported")).isEqualTo(1);
        assertThat(n(job, "rowsRejected")).isEqualTo(1);
        assertThat(errors(job).get(0).get("row")).isEqualTo(3);
        assertThat((String) errors(job).get(0).get("message")).contains("duplicates row 2");
    }

    @Test
    void missingRequiredColumnsStopTheJobBeforeWritingAndNameThem() throws Exception {
        String a = applicationNumber(2022, 1);
        String header = PATENT_HEADER.replace("申请日,", "").replace("专利类型,", "");
        String row = patentRow(a, "2022-01-01", "发明", "缺列", "G06F 16/29", "丙公司", "山东省威海市环翠区")
                .replace(",2022-01-01,发明,", ",");
        var job = importCsv("patent", csv(header, List.of(row)));
        assertThat(job.get("status")).isEqualTo("FAILED");
        assertThat((String) job.get("message")).contains("申请日").contains("专利类型").contains("nothing was written");
        assertThat(n(job, "rowsImported")).isZero();
        assertThat(jdbc.sql("select count(*) from patent where application_number = ?")
                        .param(a)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void truncatedCsvFailsAndWritesNothing() throws Exception {
        String a = applicationNumber(2022, 1);
        String full = csv(
                PATENT_HEADER,
                List.of(patentRow(a, "2022-01-01", "发明", "截断", "G06F 16/29", "丁公司", "山东省威海市环翠区") + "\n"
                        + applicationNumber(2022, 1) + ",2022-01-01,发明,\"一种未写完的名称"));
        var job = importCsv("patent", full);
        assertThat(job.get("status")).isEqualTo("FAILED");
        assertThat((String) job.get("message")).contains("truncated");
        assertThat(jdbc.sql("select count(*) from patent where application_number = ?")
                        .param(a)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void truncatedLastLineIsARowError() throws Exception {
        String a = applicationNumber(2022, 1);
        String b = applicationNumber(2022, 1);
        String cut = patentRow(b, "2022-01-01", "发明", "半行", "G06F 16/29", "丁公司", "山东省威海市环翠区");
        var job = importCsv(
                "patent",
                PATENT_HEADER + "\n" + patentRow(a, "2022-01-01", "发明", "整行", "G06F 16/29", "丁公司", "山东省威海市环翠区") + "\n"
                        + cut.substring(0, cut.indexOf("山东")));
        assertThat(n(job, "rowsImported")).isEqualTo(1);
        assertThat((String) errors(job).get(0).get("message")).contains("truncated file");
    }

    @Test
    void profileReferringToAColumnTheFileLacksStopsTheJob() throws Exception {
        String profile =
                """
                name: test-party-other-columns
                type: party
                columns:
                  企业名称: name
                  主体类型: kind
                  注册地址: address
                """;
        mvc.perform(post("/api/v1/import-profiles")
                        .contentType("application/yaml")
                        .content(profile)
                        .with(as("weihai.officer")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("test-party-other-columns"));
        var job = importFile(
                "weihai.officer",
                "party",
                "p.csv",
                csv(PARTY_HEADER, List.of("缺列测试公司,,企业,山东省威海市环翠区,,CN")).getBytes(StandardCharsets.UTF_8),
                "profile",
                "test-party-other-columns");
        assertThat(job.get("status")).isEqualTo("FAILED");
        assertThat((String) job.get("message"))
                .contains("企业名称")
                .contains("注册地址")
                .doesNotContain("主体类型");
    }

    @Test
    void profileNamingAFieldThatDoesNotExistIsRefused() throws Exception {
        String profile =
                """
                name: test-bad-field
                type: patent
                columns:
                  申请号: applicationNumber
                  申请日: filingDate
                  专利类型: type
                  发明名称: title
                  申请人: applicants
                  代理机构: agency
                """;
        mvc.perform(post("/api/v1/import-profiles")
                        .contentType("application/yaml")
                        .content(profile)
                        .with(as("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("'agency' does not exist")));
        mvc.perform(post("/api/v1/import-profiles")
                        .contentType("application/yaml")
                        .content(profile)
                        .with(as("weihai.leader")))
                .andExpect(status().isForbidden());
    }

    @Test
    void officersImportOnlyForTheirJurisdiction() throws Exception {
        String inside = applicationNumber(2021, 1);
        String outside = applicationNumber(2021, 1);
        var job = importFile(
                "huancui.officer",
                "patent",
                "p.csv",
                csv(
                                PATENT_HEADER,
                                List.of(
                                        patentRow(inside, "2021-01-01", "发明", "环翠", "G06F 16/29", "戊公司", "山东省威海市环翠区"),
                                        patentRow(outside, "2021-01-01", "发明", "烟台", "G06F 16/29", "己公司", "山东省烟台市芝罘区")))
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(n(job, "rowsImported")).isEqualTo(1);
        assertThat((String) errors(job).get(0).get("message")).contains("outside the jurisdiction 371002");
        mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", "a".getBytes()))
                        .param("type", "party")
                        .with(as("weihai.leader")))
                .andExpect(status().isForbidden());
    }

    boolean partyExists(String name) {
        return jdbc.sql("select count(*) from party where name = ?")
                        .param(name)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
