package cn.ipcity.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipcity.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The importer's first load of a table (above {@code ipcity.imports.bulk-load-rows}) inserts bare and builds the
 * indexes after: it must store exactly what the row-by-row path stores, reject the same rows, and leave the same
 * indexes. Both runs happen in transactions that are rolled back, each on a trademark table emptied inside it, so
 * the shared test database keeps its trademarks.
 */
class FirstLoadTest extends IntegrationTest {

    private static final String HEADER =
            "注册号,国际分类,商标名称,注册人,注册人地址,商标类型,地理标志,申请日期,注册公告日期,专用权期限至,续展日期,商标状态,状态日期," + "驰名商标认定日期,马德里国际注册号";

    /** Two valid marks, one with an impossible date (rejected), one repeating the first (rejected). */
    private static final String FILE = HEADER + "\n"
            + "91000001,7;9,测试牌,威海测试数控股份有限公司,山东省威海市环翠区文化西路180号,普通商标,否,2010-01-05,2011-03-14,2021-03-13,2021-02-01,注册,,2018-06-01,\n"
            + "91000002,29,文登西洋参,文登西洋参协会,山东省文登市,证明商标,是,2012-01-05,2013-03-14,2023-03-13,,撤销,2019-07-01,,\n"
            + "91000003,30,坏日期牌,威海测试食品有限公司,山东省威海市环翠区,普通商标,否,2023-02-30,2024-03-14,2034-03-13,,注册,,,\n"
            + "91000001,7;9,测试牌,威海测试数控股份有限公司,山东省威海市环翠区文化西路180号,普通商标,否,2010-01-05,2011-03-14,2021-03-13,2021-02-01,注册,,2018-06-01,\n";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ImportProfiles profiles;

    @Test
    void aFirstLoadWithIndexesBuiltAfterwardsStoresWhatTheRowByRowLoadStores() {
        String rows =
                """
                select concat_ws('|', registration_number, array_to_string(nice_classes, ';'), mark_text, registrant,
                                 jurisdiction_code, kind, geographical_indication, registration_date, expiry_date,
                                 end_kind, end_date, import_job_id)
                  from trademark order by registration_number""";
        Outcome rowByRow = load(RecordType.TRADEMARK, "trademark", FILE, Long.MAX_VALUE, rows, j -> {});
        Outcome bulk = load(RecordType.TRADEMARK, "trademark", FILE, 1, rows, j -> {});

        assertThat(rowByRow.indexesDuringLoad())
                .as("row by row: the indexes stay")
                .containsExactly(
                        "trademark_import_job_brin",
                        "trademark_jurisdiction_idx",
                        "trademark_pkey",
                        "trademark_registrant_idx");
        assertThat(bulk.indexesDuringLoad())
                .as("bulk: dropped for the insert (the primary key too: no foreign key depends on it)")
                .isEmpty();
        assertThat(bulk.indexes()).isEqualTo(rowByRow.indexes());
        assertThat(bulk.rows()).hasSize(2).isEqualTo(rowByRow.rows());
        assertThat(bulk.counts()).isEqualTo(rowByRow.counts());
        assertThat(bulk.counts().inserted()).isEqualTo(2);
        assertThat(bulk.counts().rejected()).isEqualTo(2);
        assertThat(bulk.errors()).isEqualTo(rowByRow.errors()).hasSize(2);
    }

    /**
     * After a legal-event import the export's 法律状态 is compared with the state the events give on the import day
     * (2026-11-21). A first load reads the events from the stage, a later import from the table; both must name
     * the same patents. Worked out by hand (term of an invention filed 2015-03-10: up to 2035-03-10):
     * <ul>
     *   <li>A, export VALID: granted, lapsed, restored → valid: agrees;
     *   <li>B, export VALID: granted, lapsed → invalid: <b>differs</b>;
     *   <li>C, export INVALID: granted, and a lapse dated 2027 (after the import day, not yet in force) → valid:
     *       <b>differs</b>;
     *   <li>D, export VALID: granted; on 2019-05-05 a lapse and then, in a later row, a restoration: the later row
     *       wins the tie of dates → valid: agrees;
     *   <li>E, export PENDING: only a licence (no event of state) → pending: agrees.
     * </ul>
     */
    @Test
    void theExportStatusIsComparedAlikeOnAFirstLoadAndOnALaterOne() {
        String a = number(1);
        String b = number(2);
        String c = number(3);
        String d = number(4);
        String e = number(5);
        String events = "申请号,法律状态公告日,法律状态,变更后权利人,许可类型,被许可人,质押金额（元）,质权人\n"
                + a + ",2016-06-01,授权,,,,,\n"
                + a + ",2020-04-10,未缴年费专利权终止,,,,,\n"
                + a + ",2020-09-01,专利权的恢复,,,,,\n"
                + b + ",2016-06-01,授权,,,,,\n"
                + b + ",2021-04-10,未缴年费专利权终止,,,,,\n"
                + c + ",2016-06-01,授权,,,,,\n"
                + c + ",2027-01-05,未缴年费专利权终止,,,,,\n"
                + d + ",2016-06-01,授权,,,,,\n"
                + d + ",2019-05-05,未缴年费专利权终止,,,,,\n"
                + d + ",2019-05-05,专利权的恢复,,,,,\n"
                + e + ",2018-02-02,专利实施许可合同备案的生效,,普通许可,威海测试被许可公司,,\n";
        java.util.function.Consumer<JdbcClient> patents = j -> {
            for (String[] p : List.of(
                    new String[] {a, "VALID"},
                    new String[] {b, "VALID"},
                    new String[] {c, "INVALID"},
                    new String[] {d, "VALID"},
                    new String[] {e, "PENDING"})) {
                j.sql(
                                """
                                insert into patent (application_number, type, title, filing_date, term_end, applicants,
                                                    applicant_attribution, applicant_domestic, export_status)
                                values (?, 'INVENTION', '一种测试装置', date '2015-03-10', date '2035-03-10',
                                        '{威海测试数控股份有限公司}', 'UNATTRIBUTED', true, ?)""")
                        .param(p[0])
                        .param(p[1])
                        .update();
            }
        };
        String rows = "select count(*)::text from patent_event";
        Outcome first = load(RecordType.PATENT_EVENT, "patent_event", events, Long.MAX_VALUE, rows, patents);
        Outcome later = load(RecordType.PATENT_EVENT, "patent_event", events, Long.MAX_VALUE, rows, j -> {
            patents.accept(j);
            // another patent's event already in the table: this import is not a first load
            String other = number(6);
            j.sql(
                            """
                            insert into patent (application_number, type, title, filing_date, term_end, applicants,
                                                applicant_attribution, applicant_domestic)
                            values (?, 'INVENTION', '另一装置', date '2015-03-10', date '2035-03-10', '{某公司}',
                                    'UNATTRIBUTED', true)""")
                    .param(other)
                    .update();
            j.sql(
                            "insert into patent_event (application_number, event_date, code) values (?, date '2016-01-01', 'GRANT')")
                    .param(other)
                    .update();
        });

        assertThat(first.firstLoads()).containsExactly("patent_event");
        assertThat(later.firstLoads()).isEmpty();
        assertThat(first.counts().inserted()).isEqualTo(11);
        String expected = "2 件专利导出文件中的法律状态与法律事件推导的状态不一致（如 " + b + ", " + c + "）";
        assertThat(first.warnings()).singleElement().asString().startsWith(expected);
        assertThat(later.warnings()).isEqualTo(first.warnings());
    }

    record Outcome(
            ImportPipeline.Counts counts,
            List<String> rows,
            List<String> indexesDuringLoad,
            List<String> indexes,
            List<String> errors,
            List<String> warnings,
            java.util.Set<String> firstLoads) {}

    private static String number(int serial) {
        String body = "20151" + String.format("%07d", 9_100_000 + serial);
        return body + "." + cn.ipcity.common.ChineseCodes.applicationCheckDigit(body);
    }

    /**
     * Imports {@code file} as {@code type} into {@code table}, emptied first, in a transaction that is rolled back;
     * {@code prepare} runs after the emptying.
     */
    private Outcome load(
            RecordType type,
            String table,
            String file,
            long bulkLoadRows,
            String rowsSql,
            java.util.function.Consumer<JdbcClient> prepare) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        return tx.execute(status -> {
            try {
                jdbc.sql("delete from " + table).update();
                prepare.accept(jdbc);
                ImportContext ctx = new ImportContext(
                        0, null, StreamingProbe.attributor(), java.time.LocalDate.of(2026, 11, 21), new ArrayList<>());
                ErrorSink errors = new ErrorSink(100);
                ImportPipeline pipeline = new ImportPipeline(
                        Loaders.of(type),
                        profiles.get("cn-"
                                        + type.name()
                                                .toLowerCase(java.util.Locale.ROOT)
                                                .replace('_', '-'))
                                .profile(),
                        ctx,
                        errors,
                        bulkLoadRows);
                Connection con = DataSourceUtils.getConnection(dataSource);
                // the indexes as the insert meets them: read by a statement-level trigger of this transaction
                jdbc.sql(
                                """
                                create temp table seen_indexes on commit drop as
                                select indexname from pg_indexes limit 0""")
                        .update();
                jdbc.sql(
                                """
                                create function pg_temp.note_indexes() returns trigger language plpgsql as $$
                                begin
                                    insert into seen_indexes select indexname from pg_indexes
                                     where tablename = TG_TABLE_NAME;
                                    return null;
                                end $$""")
                        .update();
                jdbc.sql("create trigger note_indexes after insert on " + table
                                + " for each statement execute function pg_temp.note_indexes()")
                        .update();
                ImportPipeline.Counts counts = pipeline.run(
                        new CsvRowSource(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), null),
                        true,
                        con,
                        jdbc,
                        n -> {});
                List<String> duringLoad = jdbc.sql("select distinct indexname from seen_indexes order by 1")
                        .query(String.class)
                        .list();
                List<String> rows = jdbc.sql(rowsSql).query(String.class).list();
                List<String> indexes = jdbc.sql(
                                "select indexdef from pg_indexes where tablename = ? order by indexname")
                        .param(table)
                        .query(String.class)
                        .list();
                return new Outcome(
                        counts,
                        rows,
                        duringLoad,
                        indexes,
                        errors.kept().stream()
                                .map(err -> err.row() + ": " + err.message())
                                .toList(),
                        List.copyOf(ctx.warnings()),
                        java.util.Set.copyOf(ctx.firstLoads()));
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            } finally {
                status.setRollbackOnly();
            }
        });
    }
}
