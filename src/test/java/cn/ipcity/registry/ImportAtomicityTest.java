package cn.ipcity.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A job is all-or-nothing for the rows it accepts: when the database fails in the middle of the upsert (here a
 * trigger planted by the test stands in for a crash), the rows staged and upserted before it are rolled back,
 * the job is recorded as failed, and its audit entry says so.
 */
class ImportAtomicityTest extends ImportTestSupport {

    @AfterEach
    void removeTrigger() {
        jdbc.sql("drop trigger if exists atomicity_test_boom on copyright_registration")
                .update();
        jdbc.sql("drop function if exists atomicity_test_boom()").update();
    }

    @Test
    void aFailureDuringTheUpsertLeavesNothingWritten() throws Exception {
        jdbc.sql(
                        """
                        create function atomicity_test_boom() returns trigger language plpgsql as $$
                        begin
                            if new.title = '炸弹' then raise exception 'simulated crash during the upsert'; end if;
                            return new;
                        end $$""")
                .update();
        jdbc.sql(
                        """
                        create trigger atomicity_test_boom before insert on copyright_registration
                        for each row execute function atomicity_test_boom()""")
                .update();
        var job = importCsv(
                "copyright",
                """
                登记号,作品名称,作品类别,登记日期,著作权人,著作权人地址,区划代码
                2099SR0000001,原子性测试一,计算机软件,2024-03-01,原子性测试有限公司,,371002
                2099SR0000002,原子性测试二,计算机软件,2024-03-01,原子性测试有限公司,,371002
                2099SR0000003,炸弹,计算机软件,2024-03-01,原子性测试有限公司,,371002
                2099SR0000004,原子性测试四,计算机软件,2024-03-01,原子性测试有限公司,,371002
                """);
        assertThat(job.get("status")).isEqualTo("FAILED");
        assertThat((String) job.get("message"))
                .contains("wrote nothing")
                .contains("simulated crash during the upsert")
                .doesNotContain("insert into");
        assertThat(n(job, "rowsImported")).isZero();
        assertThat(jdbc.sql("select count(*) from copyright_registration where registration_number like '2099SR%'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select action from audit_log where entity_type = 'import_job' and entity_key = ?")
                        .param(String.valueOf(n(job, "jobId")))
                        .query(String.class)
                        .list())
                .containsExactly("IMPORT_FAILED");
    }

    @Test
    void aDesignationValidUntilBeforeItsDateIsARowError() throws Exception {
        String uscc = ImportFixtures.uscc("91371000MA3C00005");
        var job = importCsv(
                "designation",
                "统一社会信用代码,企业名称,认定类型,认定日期,有效期至,区划代码\n" + uscc + ",期限测试有限公司,高新技术企业,2023-01-01,2022-12-31,371002\n");
        assertThat(n(job, "rowsRejected")).isEqualTo(1);
        assertThat(errors(job).get(0).get("column")).isEqualTo("有效期至");
    }
}
