package cn.ipcity.registry.importing;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How one record type is loaded: the staging columns, the row conversion (validation happens here, in Java,
 * while streaming), set-based checks against the registry once all rows are staged, and the upserts from the
 * staging table into the registry tables.
 */
interface Loader {

    /** A staging column; {@code stored} columns are copied into the registry table of the upsert. */
    record Column(String name, String sqlType, boolean stored) {
        static Column stored(String name, String sqlType) {
            return new Column(name, sqlType, true);
        }
    }

    /**
     * Rows of the staging table (alias {@code s}) matching {@code filter} go to {@code table} (alias {@code t}),
     * matched on the {@code key} columns among the rows matching {@code targetFilter} (the predicate of a partial
     * unique index, or null). {@code ordered}: new rows are inserted in file order, for tables whose generated
     * id breaks ties (the first party of a name, the later of two events on one day).
     */
    record Upsert(
            String table,
            String filter,
            List<String> key,
            String targetFilter,
            boolean hasUpdatedAt,
            boolean ordered) {}

    /** A converted row: its natural key (duplicates within a file are found by it) and the column values. */
    record Staged(String key, Object[] values) {}

    RecordType type();

    List<Column> columns();

    /** The staged row, or null when the row is rejected (its errors are in {@code row}). */
    Staged convert(MappedRow row, ImportContext ctx);

    /** Checks needing the database; deletes the rows it rejects from {@code stage} and reports them. */
    default void check(JdbcClient jdbc, ImportContext ctx, ErrorSink errors) {}

    List<Upsert> upserts();

    /** Follow-up in the same transaction (e.g. re-attributing transfer events to parties just imported). */
    default void afterMerge(JdbcClient jdbc, ImportContext ctx) {}
}
