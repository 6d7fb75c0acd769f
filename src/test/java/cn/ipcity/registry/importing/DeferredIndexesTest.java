package cn.ipcity.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipcity.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A first load builds the table's indexes after inserting: every index and key must come back exactly as it was,
 * a key violated meanwhile must fail the job, and a failed job must leave the indexes in place. On scratch tables
 * shaped like the registry's (a primary key, a unique constraint, a partial unique index, an expression index, and
 * a unique key that a foreign key depends on).
 */
class DeferredIndexesTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void createTables() {
        dropTables();
        jdbc.sql(
                        """
                        create table bulk_probe (
                            id   bigint primary key,
                            code text not null constraint bulk_probe_code_key unique,
                            name text,
                            uscc text,
                            ref  text constraint bulk_probe_ref_key unique)""")
                .update();
        jdbc.sql("create unique index bulk_probe_uscc_key on bulk_probe (uscc) where uscc is not null")
                .update();
        jdbc.sql("create index bulk_probe_name_idx on bulk_probe (lower(name))").update();
        jdbc.sql("create table bulk_probe_child (ref text references bulk_probe (ref))")
                .update();
    }

    @AfterEach
    void dropTables() {
        jdbc.sql("drop table if exists bulk_probe_child, bulk_probe").update();
    }

    @Test
    void theIndexesAndKeysComeBackAsTheyWere() {
        List<String> indexes = indexes();
        List<String> constraints = constraints();
        assertThat(indexes).hasSize(5);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            DeferredIndexes deferred = DeferredIndexes.drop(jdbc, "bulk_probe");
            assertThat(deferred.dropped())
                    .extracting(DeferredIndexes.Dropped::name)
                    .containsExactly(
                            "bulk_probe_code_key", "bulk_probe_name_idx", "bulk_probe_pkey", "bulk_probe_uscc_key");
            assertThat(indexes())
                    .as("the unique key a foreign key depends on stays")
                    .containsExactly("bulk_probe_ref_key: CREATE UNIQUE INDEX bulk_probe_ref_key ON public.bulk_probe"
                            + " USING btree (ref)");
            jdbc.sql(
                            """
                            insert into bulk_probe (id, code, name, uscc, ref)
                            select i, 'C' || i, 'Name ' || i, case when i % 2 = 0 then 'U' || i end, 'R' || i
                              from generate_series(1, 1000) i""")
                    .update();
            deferred.recreate(jdbc);
        });

        assertThat(indexes()).isEqualTo(indexes);
        assertThat(constraints()).isEqualTo(constraints);
        assertThat(jdbc.sql("select count(*) from bulk_probe").query(Long.class).single())
                .isEqualTo(1000);
        // the keys hold again: a second row with code C1 is refused
        assertThatThrownBy(() -> jdbc.sql("insert into bulk_probe (id, code) values (1001, 'C1')")
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("bulk_probe_code_key");
        // and the planner can use the rebuilt primary key at once (the table was analysed)
        assertThat(jdbc.sql("explain select * from bulk_probe where id = 500")
                        .query(String.class)
                        .list())
                .anySatisfy(line -> assertThat(line).contains("bulk_probe_pkey"));
    }

    @Test
    void aKeyViolatedDuringTheLoadFailsTheRebuildAndTheRollbackKeepsTheIndexes() {
        List<String> indexes = indexes();
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    DeferredIndexes deferred = DeferredIndexes.drop(jdbc, "bulk_probe");
                    jdbc.sql("insert into bulk_probe (id, code) values (1, 'SAME'), (2, 'SAME')")
                            .update();
                    deferred.recreate(jdbc);
                }))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("bulk_probe_code_key");
        assertThat(indexes()).isEqualTo(indexes);
        assertThat(jdbc.sql("select count(*) from bulk_probe").query(Long.class).single())
                .isZero();
    }

    private List<String> indexes() {
        return jdbc.sql(
                        "select indexname || ': ' || indexdef from pg_indexes where tablename = 'bulk_probe' order by 1")
                .query(String.class)
                .list();
    }

    private List<String> constraints() {
        return jdbc.sql(
                        """
                        select conname || ': ' || pg_get_constraintdef(oid) from pg_constraint
                         where conrelid = 'bulk_probe'::regclass order by 1""")
                .query(String.class)
                .list();
    }
}
