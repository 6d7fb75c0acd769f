package cn.ipcity.registry.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Legal events (many rows per patent); key: application number + date + event + counterpart. The patent must
 * be in the registry already (import the patent file first); a transfer's first new holder is attributed
 * through the party table (a holder not yet known is flagged and attributed when the party is imported).
 */
final class PatentEventLoader implements Loader {

    private static final List<Column> COLUMNS = List.of(
            Column.stored("application_number", "varchar(14)"),
            Column.stored("event_date", "date"),
            Column.stored("code", "text"),
            Column.stored("new_holders", "text[]"),
            Column.stored("licence_kind", "text"),
            Column.stored("licensee", "text"),
            Column.stored("pledge_amount", "numeric(18,2)"),
            Column.stored("pledgee", "text"),
            Column.stored("counterpart", "text"),
            Column.stored("holder_jurisdiction_code", "char(6)"),
            Column.stored("holder_attribution", "text"),
            Column.stored("holder_domestic", "boolean"));

    @Override
    public RecordType type() {
        return RecordType.PATENT_EVENT;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public Staged convert(MappedRow row, ImportContext ctx) {
        String number = Fields.applicationNumber(row, "applicationNumber");
        LocalDate date = row.date("eventDate", true);
        String code = row.code("eventCode", true);
        List<String> holders = row.list("newHolders", false);
        if ("TRANSFER".equals(code) && holders.isEmpty()) {
            row.error("newHolders", null, "转移须写明变更后权利人 / a transfer needs the new holders");
        }
        String kind = row.code("licenceKind", false);
        if ("OPEN_LICENCE".equals(code)) {
            kind = "OPEN";
        }
        String licensee = row.text("licensee");
        BigDecimal amount = row.amount("pledgeAmount");
        String pledgee = row.text("pledgee");
        if (!row.ok()) {
            return null;
        }
        String counterpart =
                switch (code) {
                    case "TRANSFER" -> String.join(";", holders);
                    case "PLEDGE", "PLEDGE_RELEASE" -> pledgee == null ? "" : pledgee;
                    case "LICENCE" -> licensee == null ? "" : licensee;
                    default -> "";
                };
        String key = number + "|" + date + "|" + code + "|" + counterpart;
        return new Staged(key, new Object[] {
            number,
            date,
            code,
            holders.isEmpty() ? null : holders,
            kind,
            licensee,
            amount,
            pledgee,
            counterpart,
            null,
            null,
            null
        });
    }

    @Override
    public void check(JdbcClient jdbc, ImportContext ctx, ErrorSink errors) {
        jdbc
                .sql(
                        """
                        delete from stage s where not exists
                            (select 1 from patent p where p.application_number = s.application_number)
                        returning s.row_no, s.application_number""")
                .query((rs, i) -> new RowError(
                        rs.getLong(1),
                        null,
                        rs.getString(2),
                        "专利不在登记簿中，请先导入专利文件 / the patent is not in the registry: import the patent file first"))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(RowError::row))
                .forEach(errors::add);
        if (ctx.scopePrefix() != null) {
            jdbc.sql(
                            """
                            delete from stage s using patent p
                             where p.application_number = s.application_number
                               and p.applicant_jurisdiction_code is not null
                               and p.applicant_jurisdiction_code not like ? || '%'
                            returning s.row_no, s.application_number, p.applicant_jurisdiction_code""")
                    .param(ctx.scopePrefix())
                    .query((rs, i) ->
                            new RowError(rs.getLong(1), null, rs.getString(2), ctx.scopeMessage(rs.getString(3))))
                    .list()
                    .forEach(errors::add);
        }
        jdbc.sql(
                        """
                        update stage s
                           set holder_jurisdiction_code = b.jurisdiction_code, holder_attribution = b.attribution,
                               holder_domestic = b.domestic
                          from (select distinct on (name) name, jurisdiction_code, attribution, domestic
                                  from party
                                 where name in (select new_holders[1] from stage where code = 'TRANSFER')
                                 order by name, (uscc is null), id) b
                         where s.code = 'TRANSFER' and s.new_holders[1] = b.name""")
                .update();
        jdbc.sql(
                        "update stage set holder_attribution = 'UNATTRIBUTED' where code = 'TRANSFER' and holder_attribution is null")
                .update();
    }

    /**
     * The export's 法律状态 (informational) against the state the events give at the import date: patents where
     * they disagree are counted and the first are named in a warning of the job.
     */
    @Override
    public void afterMerge(JdbcClient jdbc, ImportContext ctx) {
        // the state rule of PatentRegistry.AS_OF (last state-changing event on or before the date; a granted or
        // restored right past its term has expired), set-based over the file's patents, without the holders, which
        // are not compared. The last event of a patent is the greatest of (date, order of entry) packed into one
        // bigint with a bit telling whether it makes the right valid, so that one hash aggregate finds it (no
        // sort of millions of events). On a first load the staged rows are all the events there are (in the
        // order they were inserted), so they are read from the stage instead of from patent_event.
        boolean firstLoad = ctx.firstLoads().contains("patent_event");
        String events = firstLoad
                ? "select application_number, event_date, code, row_no as seq from stage"
                : "select e.application_number, e.event_date, e.code, e.id as seq from patent_event e"
                        + " where e.application_number in (select application_number from stage)";
        List<String> disagreeing = jdbc.sql(
                        """
                        with last as (
                            select application_number,
                                   max(case when code in """
                                + cn.ipcity.registry.PatentRegistry.STATE_CODES
                                + """
                                                 and event_date <= :asOf
                                            then ((event_date - date '1900-01-01')::bigint << 40) | (seq << 1)
                                                 | case when code in ('GRANT', 'RESTORATION') then 1 else 0 end
                                       end) as packed
                              from ("""
                                + events
                                + """
                                   ) events
                             group by application_number)
                        select p.application_number
                          from patent p join last l on l.application_number = p.application_number
                         where p.filing_date <= :asOf and p.export_status is not null
                           and p.export_status <> case when l.packed is null then 'PENDING'
                                                       when l.packed & 1 = 1 and :asOf < p.term_end then 'VALID'
                                                       else 'INVALID' end
                         order by 1""")
                .param("asOf", ctx.today())
                .query(String.class)
                .list();
        if (!disagreeing.isEmpty()) {
            String first = String.join(", ", disagreeing.subList(0, Math.min(10, disagreeing.size())));
            ctx.warnings()
                    .add(disagreeing.size() + " 件专利导出文件中的法律状态与法律事件推导的状态不一致（如 " + first + "）/ " + disagreeing.size()
                            + " patents whose 法律状态 in the export differs from the state their events give on "
                            + ctx.today() + " (e.g. " + first + ")");
        }
    }

    @Override
    public List<Upsert> upserts() {
        return List.of(new Upsert(
                "patent_event",
                "true",
                List.of("application_number", "event_date", "code", "counterpart"),
                null,
                false,
                true));
    }
}
