package cn.ipcity.metrics.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code pledge_threshold}: dated pledge thresholds entered by administrators. */
@Repository
public class PledgeThresholdRepository {

    public record Row(LocalDate validFrom, BigDecimal amountYuan, String note, String enteredBy, Instant enteredAt) {}

    private final JdbcClient jdbc;

    PledgeThresholdRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> all() {
        return jdbc.sql("select * from pledge_threshold order by valid_from")
                .query(PledgeThresholdRepository::row)
                .list();
    }

    public Optional<Row> find(LocalDate validFrom) {
        return jdbc.sql("select * from pledge_threshold where valid_from = ?")
                .param(validFrom)
                .query(PledgeThresholdRepository::row)
                .optional();
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(
                rs.getObject("valid_from", LocalDate.class),
                rs.getBigDecimal("amount_yuan"),
                rs.getString("note"),
                rs.getString("entered_by"),
                rs.getTimestamp("entered_at").toInstant());
    }

    /** Inserts the value for the date, or replaces the one entered before for the same date. */
    public void save(LocalDate validFrom, BigDecimal amountYuan, String note, String enteredBy) {
        jdbc.sql(
                        """
                        insert into pledge_threshold (valid_from, amount_yuan, note, entered_by)
                        values (?, ?, ?, ?)
                        on conflict (valid_from) do update
                           set amount_yuan = excluded.amount_yuan, note = excluded.note,
                               entered_by = excluded.entered_by, entered_at = now()""")
                .params(validFrom, amountYuan, note, enteredBy)
                .update();
    }
}
