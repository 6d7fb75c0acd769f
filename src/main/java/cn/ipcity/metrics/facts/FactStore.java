package cn.ipcity.metrics.facts;

import cn.ipcity.registry.PatentEvent;
import cn.ipcity.registry.PatentEventCode;
import cn.ipcity.registry.PatentType;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes {@code ip_fact}: the whole of a family (after a change of the derivation rules, or a large import), or
 * the records one import job changed (the rows carrying {@code import_job_id = job}). Each write is one
 * transaction, so a failure leaves the previous facts in place; it returns the (kind, county) pairs it touched
 * so that the in-memory index reloads only those.
 */
@Component
class FactStore {

    private static final Logger log = LoggerFactory.getLogger(FactStore.class);
    private static final int BATCH = 20_000;

    /** Bump when a derivation changes: every family is rebuilt at the next start. */
    static final String DERIVATION_VERSION = "1";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final TransactionTemplate readOnly;

    FactStore(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.tx = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * The result of {@link #derive}: the facts to remove and to add for the records with these keys, so that the
     * index applies them without reading the table again.
     */
    record Touched(List<Fact> removed, List<Fact> added, String[] keys) {}

    /** The stored version of each family's facts, or null when never built. */
    String builtVersion(FactKind.Family family) {
        return jdbc.sql("select version from ip_fact_state where family = ?")
                .param(family.name())
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /**
     * True when the facts were built once but PostgreSQL emptied the unlogged table after a crash (the unlogged
     * marker is gone while the logged build state remains).
     */
    boolean lostInCrash() {
        return jdbc.sql("select not exists (select 1 from ip_fact_alive) and exists (select 1 from ip_fact_state)")
                .query(Boolean.class)
                .single();
    }

    void markAlive() {
        jdbc.sql("insert into ip_fact_alive values (true) on conflict do nothing")
                .update();
    }

    /** Rebuilds all facts of a family in one transaction. */
    void rebuild(FactKind.Family family, String version, PatentFacts.HighValueSince highValue) {
        tx.executeWithoutResult(status -> {
            long t0 = System.nanoTime();
            jdbc.sql("delete from ip_fact where kind = any(?)")
                    .param(family.kindNames())
                    .update();
            long rows = family == FactKind.Family.PATENT
                    ? patents(null, highValue, null, null, null)
                    : jdbc.sql(INSERT + selectSql(family, false)).update();
            // fresh statistics, or the planner may scan the whole table when an import's facts are looked up by key
            jdbc.sql("analyze ip_fact").update();
            jdbc.sql(
                            """
                            insert into ip_fact_state (family, version, rows) values (?, ?, ?)
                            on conflict (family) do update set version = excluded.version, rows = excluded.rows,
                                built_at = now()""")
                    .params(family.name(), version, rows)
                    .update();
            log.info("facts of {} rebuilt: {} rows in {} ms", family, rows, (System.nanoTime() - t0) / 1_000_000);
        });
    }

    /**
     * Re-derives, without writing, the facts of the records that import job {@code jobId} changed: their current
     * facts (to remove) and their new ones. Null when they are more than {@code limit} records (the caller rebuilds
     * the family instead). {@link #write} stores the result once the index has it.
     */
    Touched derive(
            FactKind.Family family,
            long jobId,
            boolean onlyAddedEvents,
            PatentFacts.HighValueSince highValue,
            long limit) {
        return readOnly.execute(status -> {
            long t0 = System.nanoTime();
            List<String> keys = jdbc.sql(changedKeysSql(family))
                    .params(jobIdParams(family, jobId))
                    .query(String.class)
                    .list();
            if (keys.size() > limit) {
                return null;
            }
            String[] keyArray = keys.toArray(String[]::new);
            long t1 = System.nanoTime();
            List<Fact> removed = new ArrayList<>();
            List<Fact> added = new ArrayList<>();
            if (family == FactKind.Family.PATENT && onlyAddedEvents) {
                // the job only added events: the facts it replaced are those derived without them, which spares
                // reading the old facts back from a table of millions of rows
                patents(keys, highValue, added, jobId, removed);
            } else {
                removed = jdbc.sql(
                                "select " + FACT_COLUMNS + " from ip_fact where record_key = any(?) and kind = any(?)")
                        .params(keyArray, family.kindNames())
                        .query(FactStore::fact)
                        .list();
                added = family == FactKind.Family.PATENT
                        ? patentFacts(keys, highValue)
                        : jdbc.sql(selectSql(family, true))
                                .param(keyArray)
                                .query(FactStore::fact)
                                .list();
            }
            log.info(
                    "facts of {} for job {}: {} records changed ({} ms), {} facts to remove, {} to add ({} ms in all)",
                    family,
                    jobId,
                    keys.size(),
                    (t1 - t0) / 1_000_000,
                    removed.size(),
                    added.size(),
                    (System.nanoTime() - t0) / 1_000_000);
            return new Touched(removed, added, keyArray);
        });
    }

    /**
     * Derives, and discards, the facts of the first {@code patents} patents with and without their events: the
     * path of an update after an import, run once after the start so that the JIT has compiled it.
     */
    void warmUp(PatentFacts.HighValueSince highValue, int patents) {
        readOnly.executeWithoutResult(status -> {
            long t0 = System.nanoTime();
            List<String> keys = jdbc.sql("select application_number from patent order by application_number limit ?")
                    .param(patents)
                    .query(String.class)
                    .list();
            if (keys.isEmpty()) {
                return;
            }
            List<Fact> with = new ArrayList<>();
            List<Fact> without = new ArrayList<>();
            patents(keys, highValue, with, -1L, without);
            log.info(
                    "patent derivation warmed up on {} patents ({} facts) in {} ms",
                    keys.size(),
                    with.size(),
                    (System.nanoTime() - t0) / 1_000_000);
        });
    }

    /** Replaces the facts of the records of a {@link #derive} result in one transaction. */
    void write(FactKind.Family family, Touched touched) {
        tx.executeWithoutResult(status -> {
            long t0 = System.nanoTime();
            jdbc.sql("delete from ip_fact where record_key = any(?) and kind = any(?)")
                    .params(touched.keys(), family.kindNames())
                    .update();
            Connection con = DataSourceUtils.getConnection(dataSource);
            try {
                copy(con.unwrap(PGConnection.class).getCopyAPI(), new ArrayList<>(touched.added()));
            } catch (SQLException e) {
                throw new IllegalStateException("writing facts failed: " + e.getMessage(), e);
            }
            log.info(
                    "facts of {}: {} records rewritten in {} ms",
                    family,
                    touched.keys().length,
                    (System.nanoTime() - t0) / 1_000_000);
        });
    }

    private static final String FACT_COLUMNS = "kind, record_key, seq, county, valid_from, valid_to, amount, flags";

    private static Fact fact(ResultSet rs, int row) throws SQLException {
        return new Fact(
                FactKind.valueOf(rs.getString(1)),
                rs.getString(2),
                rs.getInt(3),
                rs.getString(4).trim(),
                rs.getObject(5, LocalDate.class),
                rs.getObject(6, LocalDate.class),
                rs.getBigDecimal(7),
                rs.getInt(8));
    }

    /** True when the family supports an update by job (others are rebuilt whole: small tables). */
    static boolean updatable(FactKind.Family family) {
        return family == FactKind.Family.PATENT
                || family == FactKind.Family.TRADEMARK
                || family == FactKind.Family.COPYRIGHT;
    }

    private static String changedKeysSql(FactKind.Family family) {
        return switch (family) {
            case PATENT ->
                "select application_number from patent where import_job_id = ?"
                        + " union select application_number from patent_event where import_job_id = ?";
            case TRADEMARK -> "select registration_number from trademark where import_job_id = ?";
            case COPYRIGHT -> "select registration_number from copyright_registration where import_job_id = ?";
            default -> throw new IllegalArgumentException("no update by job for " + family);
        };
    }

    private static List<Object> jobIdParams(FactKind.Family family, long jobId) {
        return family == FactKind.Family.PATENT ? List.of(jobId, jobId) : List.of(jobId);
    }

    private static final String INSERT =
            "insert into ip_fact (kind, record_key, seq, county, valid_from, valid_to, amount, flags) ";

    /**
     * Set-based derivation of the families that need no event history, as a query of the fact columns;
     * {@code byKeys}: only the records whose keys are the array parameter.
     */
    private static String selectSql(FactKind.Family family, boolean byKeys) {
        String job = !byKeys
                ? ""
                : family == FactKind.Family.TRADEMARK || family == FactKind.Family.COPYRIGHT
                        ? " and t.registration_number = any(?)"
                        : "";
        String cols = "";
        return switch (family) {
            case TRADEMARK ->
                cols
                        + """
                        select k.kind, t.registration_number, 0, t.jurisdiction_code,
                               case k.kind when 'TRADEMARK_WELL_KNOWN'
                                    then greatest(t.well_known_date, t.registration_date) else t.registration_date end,
                               least(t.end_date, t.expiry_date + 1), null,
                               case when k.kind = 'TRADEMARK_VALID' and t.geographical_indication then 1 else 0 end
                          from trademark t
                          cross join (values ('TRADEMARK_VALID'), ('TRADEMARK_WELL_KNOWN'), ('TRADEMARK_MADRID')) k (kind)
                         where t.jurisdiction_code is not null and t.domestic and t.registration_date is not null
                           and (k.kind = 'TRADEMARK_VALID'
                                or (k.kind = 'TRADEMARK_WELL_KNOWN' and t.well_known_date is not null)
                                or (k.kind = 'TRADEMARK_MADRID' and t.madrid_number is not null))
                           and coalesce(least(t.end_date, t.expiry_date + 1) >
                                   case k.kind when 'TRADEMARK_WELL_KNOWN'
                                        then greatest(t.well_known_date, t.registration_date)
                                        else t.registration_date end, true)"""
                        + job;
            case COPYRIGHT ->
                cols
                        + """
                        select 'COPYRIGHT', t.registration_number, 0, t.jurisdiction_code, t.registration_date, null,
                               null, case when t.software then 1 else 0 end
                          from copyright_registration t where t.jurisdiction_code is not null and t.domestic"""
                        + job;
            case PLANT_VARIETY ->
                cols
                        + """
                        select 'PLANT_VARIETY', t.right_number, 0, t.jurisdiction_code, t.grant_date, null, null, 0
                          from plant_variety t where t.jurisdiction_code is not null and t.domestic""";
            case IC_LAYOUT ->
                cols
                        + """
                        select 'IC_LAYOUT', t.registration_number, 0, t.jurisdiction_code,
                               coalesce(t.publication_date, t.filing_date),
                               (t.filing_date + interval '10 years')::date, null, 0
                          from ic_layout t
                         where t.jurisdiction_code is not null and t.domestic
                           and coalesce(t.publication_date, t.filing_date) is not null
                           and (t.filing_date is null
                                or (t.filing_date + interval '10 years')::date > coalesce(t.publication_date, t.filing_date))""";
            case PLEDGE_CONTRACT ->
                cols
                        + """
                        select 'PLEDGE_CONTRACT', t.contract_number, 0, b.jurisdiction_code, t.registration_date, null,
                               t.amount_yuan, 0
                          from pledge_contract t
                          join lateral (select p.jurisdiction_code from party p where p.name = t.pledgor
                                         order by (p.uscc is null), p.id limit 1) b on true
                         where b.jurisdiction_code is not null""";
            case TECH_CONTRACT ->
                cols
                        + """
                        select 'TECH_CONTRACT', t.contract_number, 0, t.jurisdiction_code, t.registration_date, null,
                               t.amount_yuan, 0
                          from tech_contract t where t.jurisdiction_code is not null and t.domestic""";
            case DESIGNATION ->
                cols
                        + """
                        select g.kind, g.uscc, (row_number() over (partition by g.kind, g.uscc order by lower(r)))::int - 1,
                               g.county, lower(r), upper(r), null, 0
                          from (select case t.designation_type
                                         when 'NATIONAL_IP_DEMONSTRATION' then 'DESIG_NATIONAL'
                                         when 'NATIONAL_IP_ADVANTAGE' then 'DESIG_NATIONAL'
                                         when 'PROVINCIAL_IP_DEMONSTRATION' then 'DESIG_PROVINCIAL'
                                         when 'PROVINCIAL_IP_ADVANTAGE' then 'DESIG_PROVINCIAL'
                                         when 'CITY_IP_ADVANTAGE' then 'DESIG_MUNICIPAL'
                                         when 'GBT29490_CERTIFIED' then 'DESIG_GBT29490'
                                         when 'HIGH_TECH' then 'DESIG_HIGH_TECH'
                                         else 'DESIG_SPECIALISED' end as kind,
                                       t.uscc, max(t.jurisdiction_code) as county,
                                       range_agg(daterange(t.designated_on, t.valid_until + 1)) as ranges
                                  from designation t where t.jurisdiction_code is not null and t.domestic
                                 group by 1, 2) g
                          cross join lateral unnest(g.ranges) r""";
            case PATENT -> throw new IllegalArgumentException("patents are derived in Java");
        };
    }

    /**
     * Derives the facts of all patents (keys null) or of the given ones, reading patents and events as two
     * ordered streams on the transaction's connection and writing the facts with COPY in batches.
     */
    private List<Fact> patentFacts(Collection<String> keys, PatentFacts.HighValueSince highValue) {
        List<Fact> derived = new ArrayList<>();
        patents(keys, highValue, derived, null, null);
        return derived;
    }

    /**
     * @param addedByJob when not null, also derives into {@code before} the facts of each patent without the
     *     events this job added (for a job that only added events, these are exactly the facts it replaced)
     */
    private long patents(
            Collection<String> keys,
            PatentFacts.HighValueSince highValue,
            List<Fact> derived,
            Long addedByJob,
            List<Fact> before) {
        Connection con = DataSourceUtils.getConnection(dataSource);
        String where = keys == null ? "" : " where application_number = any(?)";
        long[] rows = new long[1];
        long[] copyNanos = new long[1];
        long deriveNanos = 0;
        long start = System.nanoTime();
        try (PreparedStatement ps = con.prepareStatement(
                        """
                        select application_number, type, filing_date, applicant_jurisdiction_code,
                               case when type = 'INVENTION' then ipc_symbols end,
                               case when type = 'INVENTION' then title end,
                               case when type = 'INVENTION' then abstract end,
                               case when type = 'INVENTION' then family_members::text end,
                               case when type = 'INVENTION' then awards end
                          from patent"""
                                + where + " order by application_number");
                PreparedStatement es = con.prepareStatement(
                        "select application_number, event_date, code, holder_jurisdiction_code, pledge_amount, import_job_id"
                                + " from patent_event" + where + " order by application_number, event_date, id")) {
            ps.setFetchSize(BATCH);
            es.setFetchSize(BATCH);
            if (keys != null) {
                Array array = con.createArrayOf("text", keys.toArray());
                ps.setArray(1, array);
                es.setArray(1, array);
            }
            CopyManager copy = con.unwrap(PGConnection.class).getCopyAPI();
            List<Fact> batch = new ArrayList<>();
            Consumer<List<Fact>> flush = facts -> {
                long c0 = System.nanoTime();
                rows[0] += facts.size();
                if (derived != null) {
                    derived.addAll(facts); // an update: the caller writes them after updating the index
                } else {
                    copy(copy, facts);
                }
                facts.clear();
                copyNanos[0] += System.nanoTime() - c0;
            };
            try (ResultSet p = ps.executeQuery();
                    ResultSet e = es.executeQuery()) {
                boolean eventsLeft = e.next();
                int patents = 0;
                while (p.next()) {
                    String number = p.getString(1);
                    List<PatentEvent> events = new ArrayList<>();
                    List<PatentEvent> earlier = new ArrayList<>();
                    // both streams are in the same order and every event has its patent (foreign key), so the
                    // events of this patent, if any, are next
                    while (eventsLeft && e.getString(1).equals(number)) {
                        PatentEvent event = new PatentEvent(
                                e.getObject(2, LocalDate.class),
                                PatentEventCode.valueOf(e.getString(3)),
                                null,
                                List.of(),
                                trim(e.getString(4)),
                                null,
                                null,
                                e.getBigDecimal(5),
                                null);
                        events.add(event);
                        long job = e.getLong(6);
                        if (addedByJob != null && (e.wasNull() || job != addedByJob)) {
                            earlier.add(event);
                        }
                        eventsLeft = e.next();
                    }
                    PatentType type = PatentType.valueOf(p.getString(2));
                    PatentFacts.HighValueData hv = type == PatentType.INVENTION
                            ? new PatentFacts.HighValueData(
                                    strings(p.getArray(5)),
                                    p.getString(6),
                                    p.getString(7),
                                    p.getString(8),
                                    strings(p.getArray(9)))
                            : null;
                    LocalDate filed = p.getObject(3, LocalDate.class);
                    String applicantCounty = trim(p.getString(4));
                    long d0 = System.nanoTime();
                    batch.addAll(PatentFacts.derive(
                            new PatentFacts.Patent(number, type, filed, applicantCounty, events, hv), highValue));
                    if (addedByJob != null) {
                        before.addAll(PatentFacts.derive(
                                new PatentFacts.Patent(number, type, filed, applicantCounty, earlier, hv), highValue));
                    }
                    deriveNanos += System.nanoTime() - d0;
                    if (++patents % BATCH == 0) {
                        flush.accept(batch);
                    }
                }
            }
            flush.accept(batch);
        } catch (SQLException e) {
            throw new IllegalStateException("deriving patent facts failed: " + e.getMessage(), e);
        }
        log.info(
                "patent facts: {} rows, read and derived in {} ms (derivation {} ms), written in {} ms",
                rows[0],
                (System.nanoTime() - start - copyNanos[0]) / 1_000_000,
                deriveNanos / 1_000_000,
                copyNanos[0] / 1_000_000);
        return rows[0];
    }

    private static void copy(CopyManager copy, List<Fact> facts) {
        if (facts.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(facts.size() * 64);
        for (Fact f : facts) {
            text.append(f.kind().name())
                    .append('\t')
                    .append(f.recordKey())
                    .append('\t')
                    .append(f.seq())
                    .append('\t')
                    .append(f.county())
                    .append('\t')
                    .append(f.from())
                    .append('\t')
                    .append(f.until() == null ? "\\N" : f.until().toString())
                    .append('\t')
                    .append(f.amount() == null ? "\\N" : f.amount().toPlainString())
                    .append('\t')
                    .append(f.flags())
                    .append('\n');
        }
        try {
            copy.copyIn(
                    "copy ip_fact (kind, record_key, seq, county, valid_from, valid_to, amount, flags) from stdin",
                    new StringReader(text.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("writing facts failed: " + e.getMessage(), e);
        }
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            out.add(String.valueOf(o));
        }
        return out;
    }
}
