package cn.ipcity.registry.importing;

import cn.ipcity.registry.ImportJob;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the import_job and import_error tables. */
@Repository
public class ImportJobStore {

    private final JdbcClient jdbc;

    ImportJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long create(
            String type,
            String profile,
            String fileName,
            String sha256,
            long size,
            String encoding,
            String scope,
            String user) {
        return jdbc.sql(
                        """
                        insert into import_job (record_type, profile_name, file_name, file_sha256, file_size, encoding,
                            scope_jurisdiction_code, created_by, status)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED') returning id""")
                .params(type, profile, fileName, sha256, size, encoding, scope, user)
                .query(Long.class)
                .single();
    }

    public Optional<ImportJob> find(long id) {
        return jdbc.sql("select * from import_job where id = ?")
                .param(id)
                .query(ImportJobStore::map)
                .optional();
    }

    public List<ImportJob> recent(String scopePrefix, int limit) {
        return jdbc.sql(
                        """
                        select * from import_job
                         where ?::text is null or scope_jurisdiction_code like ? || '%'
                         order by id desc limit ?""")
                .params(scopePrefix, scopePrefix, limit)
                .query(ImportJobStore::map)
                .list();
    }

    public List<RowError> errors(long jobId, int limit) {
        return jdbc.sql("select * from import_error where job_id = ? order by row_no nulls first, seq limit ?")
                .params(jobId, limit)
                .query((rs, i) -> new RowError(
                        rs.getObject("row_no") == null ? null : rs.getLong("row_no"),
                        rs.getString("column_name"),
                        rs.getString("value"),
                        rs.getString("message")))
                .list();
    }

    void saveErrors(long jobId, List<RowError> errors) {
        jdbc.sql("delete from import_error where job_id = ?").param(jobId).update();
        int seq = 0;
        for (RowError e : errors) {
            jdbc.sql(
                            "insert into import_error (job_id, seq, row_no, column_name, value, message) values (?, ?, ?, ?, ?, ?)")
                    .params(jobId, seq++, e.row(), e.column(), truncate(e.value()), e.message())
                    .update();
        }
    }

    private static String truncate(String value) {
        return value == null || value.length() <= 500 ? value : value.substring(0, 500) + "…";
    }

    void started(long id) {
        jdbc.sql("update import_job set status = 'RUNNING', started_at = now() where id = ?")
                .param(id)
                .update();
    }

    /** Progress is cosmetic: its commit need not wait for the disk. */
    void progress(long id, long bytes, long rows) {
        jdbc.sql("set local synchronous_commit = off").update();
        jdbc.sql("update import_job set bytes_read = ?, rows_read = ? where id = ?")
                .params(bytes, rows, id)
                .update();
    }

    void encoding(long id, String encoding) {
        jdbc.sql("update import_job set encoding = ? where id = ?")
                .params(encoding, id)
                .update();
    }

    void finished(
            long id,
            ImportJob.Status status,
            ImportPipeline.Counts counts,
            long errorCount,
            String message,
            List<String> warnings) {
        jdbc.sql(
                        """
                        update import_job set status = ?, finished_at = clock_timestamp(), bytes_read = file_size, rows_read = ?,
                            rows_inserted = ?, rows_updated = ?, rows_unchanged = ?, rows_rejected = ?, error_count = ?,
                            message = ?, warnings = ?
                         where id = ?""")
                .params(
                        status.name(),
                        counts.read(),
                        counts.inserted(),
                        counts.updated(),
                        counts.unchanged(),
                        counts.rejected(),
                        errorCount,
                        message,
                        warnings.toArray(String[]::new),
                        id)
                .update();
    }

    /** Jobs left queued or running by a previous process that stopped: their transaction was rolled back. */
    int failInterrupted() {
        return jdbc.sql(
                        """
                        update import_job set status = 'FAILED', finished_at = now(),
                            message = '导入被中断（程序停止），未写入任何数据 / interrupted by a shutdown; nothing was written'
                         where status in ('QUEUED', 'RUNNING')""")
                .update();
    }

    private static ImportJob map(ResultSet rs, int row) throws SQLException {
        Array warnings = rs.getArray("warnings");
        return new ImportJob(
                rs.getLong("id"),
                rs.getString("record_type"),
                rs.getString("profile_name"),
                rs.getString("file_name"),
                rs.getString("file_sha256"),
                rs.getLong("file_size"),
                rs.getString("encoding"),
                rs.getString("scope_jurisdiction_code"),
                rs.getString("created_by"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")),
                ImportJob.Status.valueOf(rs.getString("status")),
                rs.getLong("bytes_read"),
                rs.getLong("rows_read"),
                rs.getLong("rows_inserted"),
                rs.getLong("rows_updated"),
                rs.getLong("rows_unchanged"),
                rs.getLong("rows_rejected"),
                rs.getLong("error_count"),
                rs.getString("message"),
                warnings == null ? List.of() : List.of((String[]) warnings.getArray()));
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
