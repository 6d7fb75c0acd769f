package cn.ipcity.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

/**
 * Legal events must name a registered patent. The rule is checked per statement by triggers (V105) rather than by
 * a per-row foreign key; these tests hold the triggers to what the foreign key did, for writers other than the
 * importer (which rejects such rows itself, with a row error).
 */
class PatentEventReferenceTest extends ImportTestSupport {

    @Test
    void anEventOfAnUnknownPatentIsRefusedLikeAForeignKeyViolation() {
        String known = insertPatent();
        String unknown = ImportFixtures.applicationNumber(2021, 1);
        // a statement mixing a known and an unknown patent fails whole
        assertThatThrownBy(() -> jdbc.sql(
                                """
                                insert into patent_event (application_number, event_date, code)
                                values (?, date '2021-06-01', 'GRANT'), (?, date '2021-06-01', 'GRANT')""")
                        .param(known)
                        .param(unknown)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("23503"))
                .hasMessageContaining(unknown);
        assertThat(eventCount(known)).isZero();

        // moving an existing event to an unknown patent is refused too
        jdbc.sql(
                        "insert into patent_event (application_number, event_date, code) values (?, date '2021-06-01', 'GRANT')")
                .param(known)
                .update();
        assertThatThrownBy(() -> jdbc.sql("update patent_event set application_number = ? where application_number = ?")
                        .param(unknown)
                        .param(known)
                        .update())
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("23503"));
        assertThat(eventCount(known)).isEqualTo(1);
    }

    @Test
    void deletingAPatentDeletesItsEventsAndItsNumberCannotChangeWhileItHasEvents() {
        String number = insertPatent();
        jdbc.sql(
                        """
                        insert into patent_event (application_number, event_date, code)
                        values (?, date '2021-06-01', 'GRANT'), (?, date '2023-03-01', 'LAPSE')""")
                .param(number)
                .param(number)
                .update();
        assertThatThrownBy(() -> jdbc.sql("update patent set application_number = ? where application_number = ?")
                        .param(ImportFixtures.applicationNumber(2021, 1))
                        .param(number)
                        .update())
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("23503"));
        // other columns change freely
        assertThat(jdbc.sql("update patent set title = '一种改进的阀门' where application_number = ?")
                        .param(number)
                        .update())
                .isEqualTo(1);

        assertThat(jdbc.sql("delete from patent where application_number = ?")
                        .param(number)
                        .update())
                .isEqualTo(1);
        assertThat(eventCount(number)).isZero();
    }

    private String insertPatent() {
        String number = ImportFixtures.applicationNumber(2021, 1);
        jdbc.sql(
                        """
                        insert into patent (application_number, type, title, filing_date, term_end, applicants,
                                            applicant_attribution, applicant_domestic)
                        values (?, 'INVENTION', '一种阀门', date '2021-01-05', date '2041-01-05', '{威海测试阀门有限公司}',
                                'UNATTRIBUTED', true)""")
                .param(number)
                .update();
        return number;
    }

    private long eventCount(String number) {
        return jdbc.sql("select count(*) from patent_event where application_number = ?")
                .param(number)
                .query(Long.class)
                .single();
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
