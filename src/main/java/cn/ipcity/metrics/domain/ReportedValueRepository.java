package cn.ipcity.metrics.domain;

import cn.ipcity.metrics.ReportedValueState;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code reported_value}; every update is conditional on the version the caller saw. */
@Repository
public class ReportedValueRepository {

    /** A stored row; value in the base unit. */
    public record Row(
            long id,
            String programCode,
            String indicatorCode,
            int year,
            BigDecimal valueBase,
            String unit,
            String evidence,
            ReportedValueState state,
            long unitId,
            String unitName,
            String reportedBy,
            Instant reportedAt,
            String reviewComment,
            String reviewedBy,
            Instant reviewedAt,
            int version) {}

    private static final String SELECT =
            "select r.*, u.name as unit_name from reported_value r join government_unit u on u.id = r.unit_id ";

    private final JdbcClient jdbc;

    ReportedValueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> of(String programCode) {
        return jdbc.sql(SELECT + "where r.program_code = ? order by r.indicator_code, r.year")
                .param(programCode)
                .query(ReportedValueRepository::row)
                .list();
    }

    public List<Row> of(String programCode, String indicatorCode) {
        return jdbc.sql(SELECT + "where r.program_code = ? and r.indicator_code = ? order by r.year")
                .params(programCode, indicatorCode)
                .query(ReportedValueRepository::row)
                .list();
    }

    public Optional<Row> find(String programCode, String indicatorCode, int year) {
        return jdbc.sql(SELECT + "where r.program_code = ? and r.indicator_code = ? and r.year = ?")
                .params(programCode, indicatorCode, year)
                .query(ReportedValueRepository::row)
                .optional();
    }

    /** Inserts a draft; empty when a value for that year exists already. */
    public Optional<Long> insert(
            String programCode,
            String indicatorCode,
            int year,
            BigDecimal valueBase,
            String unit,
            String evidence,
            long unitId,
            String reportedBy) {
        return jdbc.sql(
                        """
                        insert into reported_value (program_code, indicator_code, year, value_base, unit, evidence, state,
                            unit_id, reported_by)
                        values (?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)
                        on conflict (program_code, indicator_code, year) do nothing returning id""")
                .params(programCode, indicatorCode, year, valueBase, unit, evidence, unitId, reportedBy)
                .query(Long.class)
                .optional();
    }

    /** Changes value and evidence; false when the row's version is no longer {@code version}. */
    public boolean updateEntry(
            long id, int version, BigDecimal valueBase, String evidence, String reportedBy, ReportedValueState state) {
        return jdbc.sql(
                                """
                                update reported_value set value_base = ?, evidence = ?, reported_by = ?, reported_at = now(),
                                    state = ?, version = version + 1
                                where id = ? and version = ?""")
                        .params(valueBase, evidence, reportedBy, state.name(), id, version)
                        .update()
                == 1;
    }

    /** Moves the state; reviews (approve, return, reopen) also record the reviewer and comment. */
    public boolean updateState(
            long id, int version, ReportedValueState state, boolean review, String reviewer, String comment) {
        String sql = review
                ? "update reported_value set state = ?, reviewed_by = ?, review_comment = ?, reviewed_at = now(),"
                        + " version = version + 1 where id = ? and version = ?"
                : "update reported_value set state = ?, reported_by = ?, reported_at = now(), version = version + 1"
                        + " where id = ? and version = ?";
        JdbcClient.StatementSpec spec = review
                ? jdbc.sql(sql).params(state.name(), reviewer, comment, id, version)
                : jdbc.sql(sql).params(state.name(), reviewer, id, version);
        return spec.update() == 1;
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getString("program_code"),
                rs.getString("indicator_code"),
                rs.getInt("year"),
                rs.getBigDecimal("value_base"),
                rs.getString("unit"),
                rs.getString("evidence"),
                ReportedValueState.valueOf(rs.getString("state")),
                rs.getLong("unit_id"),
                rs.getString("unit_name"),
                rs.getString("reported_by"),
                rs.getTimestamp("reported_at").toInstant(),
                rs.getString("review_comment"),
                rs.getString("reviewed_by"),
                rs.getTimestamp("reviewed_at") == null
                        ? null
                        : rs.getTimestamp("reviewed_at").toInstant(),
                rs.getInt("version"));
    }
}
