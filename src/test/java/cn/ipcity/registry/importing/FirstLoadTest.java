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
        Outcome rowByRow = load(Long.MAX_VALUE);
        Outcome bulk = load(1);

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

    record Outcome(
            ImportPipeline.Counts counts,
            List<String> rows,
            List<String> indexesDuringLoad,
            List<String> indexes,
            List<String> errors) {}

    private Outcome load(long bulkLoadRows) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        return tx.execute(status -> {
            try {
                jdbc.sql("delete from trademark").update();
                ImportContext ctx = new ImportContext(
                        0, null, StreamingProbe.attributor(), java.time.LocalDate.of(2026, 11, 21), new ArrayList<>());
                ErrorSink errors = new ErrorSink(100);
                List<String> duringLoad = new ArrayList<>();
                ImportPipeline pipeline = new ImportPipeline(
                        Loaders.of(RecordType.TRADEMARK),
                        profiles.get("cn-trademark").profile(),
                        ctx,
                        errors,
                        bulkLoadRows);
                Connection con = DataSourceUtils.getConnection(dataSource);
                // the indexes as the insert meets them: read by a statement-level trigger of this transaction
                jdbc.sql(
                                """
                                create temp table seen_indexes on commit drop as
                                select indexname from pg_indexes where tablename = 'trademark' limit 0""")
                        .update();
                jdbc.sql(
                                """
                                create function pg_temp.note_indexes() returns trigger language plpgsql as $$
                                begin
                                    insert into seen_indexes select indexname from pg_indexes where tablename = 'trademark';
                                    return null;
                                end $$""")
                        .update();
                jdbc.sql(
                                "create trigger note_indexes after insert on trademark for each statement execute function pg_temp.note_indexes()")
                        .update();
                ImportPipeline.Counts counts = pipeline.run(
                        new CsvRowSource(new ByteArrayInputStream(FILE.getBytes(StandardCharsets.UTF_8)), null),
                        true,
                        con,
                        jdbc,
                        n -> {});
                duringLoad.addAll(jdbc.sql("select indexname from seen_indexes order by 1")
                        .query(String.class)
                        .list());
                List<String> rows = jdbc.sql(
                                """
                                select concat_ws('|', registration_number, array_to_string(nice_classes, ';'), mark_text,
                                                 registrant, jurisdiction_code, kind, geographical_indication,
                                                 registration_date, expiry_date, end_kind, end_date, import_job_id)
                                  from trademark order by registration_number""")
                        .query(String.class)
                        .list();
                List<String> indexes = jdbc.sql(
                                "select indexdef from pg_indexes where tablename = 'trademark' order by indexname")
                        .query(String.class)
                        .list();
                return new Outcome(
                        counts,
                        rows,
                        duringLoad,
                        indexes,
                        errors.kept().stream()
                                .map(e -> e.row() + ": " + e.message())
                                .toList());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                status.setRollbackOnly();
            }
        });
    }
}
