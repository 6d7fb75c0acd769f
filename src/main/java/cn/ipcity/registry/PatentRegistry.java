package cn.ipcity.registry;

import cn.ipcity.common.ChineseCodes;
import cn.ipcity.common.InvalidInputException;
import cn.ipcity.common.JurisdictionCodes;
import cn.ipcity.common.NotFoundException;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads patents with their state and holders at a date. The list derives the state in SQL with the rule of
 * {@link PatentLifecycle} (last state-changing event on or before the date, a valid right past its term is
 * expired, the last transfer names the holders); the record page derives it in Java from the events.
 */
@Service
@Transactional(readOnly = true)
public class PatentRegistry {

    public static final String STATE_CODES =
            "('GRANT', 'LAPSE', 'RESTORATION', 'INVALIDATION_WHOLE', 'ABANDONMENT', 'EXPIRY')";

    /** Patents with their derived state, holders and attributed county at :asOf (a named parameter). */
    public static final String AS_OF =
            """
            select p.application_number, p.type, p.title, p.filing_date, p.ipc_main,
                   case when st.code is null then 'PENDING'
                        when st.code in ('GRANT', 'RESTORATION')
                            then case when :asOf >= p.term_end then 'EXPIRED' else 'VALID' end
                        when st.code = 'LAPSE' then 'LAPSED'
                        when st.code = 'INVALIDATION_WHOLE' then 'INVALIDATED'
                        when st.code = 'ABANDONMENT' then 'ABANDONED'
                        else 'EXPIRED' end as state,
                   case when t.id is null then p.applicants else t.new_holders end as holders,
                   case when t.id is null then p.applicant_jurisdiction_code else t.holder_jurisdiction_code end
                       as jurisdiction_code
              from patent p
              left join lateral (select e.id, e.new_holders, e.holder_jurisdiction_code from patent_event e
                                  where e.application_number = p.application_number and e.code = 'TRANSFER'
                                    and e.event_date <= :asOf
                                  order by e.event_date desc, e.id desc limit 1) t on true
              left join lateral (select e.code from patent_event e
                                  where e.application_number = p.application_number
                                    and e.code in """
                    + STATE_CODES
                    + """
                                    and e.event_date <= :asOf
                                  order by e.event_date desc, e.id desc limit 1) st on true
             where p.filing_date <= :asOf""";

    private final JdbcClient jdbc;

    PatentRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ResultPage<PatentSummary> list(PatentQuery q) {
        int size = q.size() <= 0 ? 50 : Math.min(q.size(), 500);
        int page = Math.max(1, q.page());
        String prefix = q.jurisdiction() == null || q.jurisdiction().isBlank()
                ? null
                : JurisdictionCodes.significant(q.jurisdiction());
        String sql = "select d.*, count(*) over () as total from (" + AS_OF + ") d"
                + " where (cast(:prefix as text) is null or d.jurisdiction_code like :prefix || '%')"
                + " and (cast(:type as text) is null or d.type = :type)"
                + " and (cast(:state as text) is null or d.state = :state)"
                + " and (cast(:holder as text) is null or array_to_string(d.holders, ';') like '%' || :holder || '%')"
                + " order by d.filing_date desc, d.application_number limit :size offset :offset";
        List<Long> total = new ArrayList<>();
        List<PatentSummary> items = jdbc.sql(sql)
                .param("asOf", q.asOf())
                .param("prefix", prefix)
                .param("type", q.type() == null ? null : q.type().name())
                .param("state", q.state() == null ? null : q.state().name())
                .param(
                        "holder",
                        q.holder() == null || q.holder().isBlank()
                                ? null
                                : q.holder().trim())
                .param("size", size)
                .param("offset", (long) (page - 1) * size)
                .query((rs, i) -> {
                    if (i == 0) {
                        total.add(rs.getLong("total"));
                    }
                    return new PatentSummary(
                            rs.getString("application_number"),
                            PatentType.valueOf(rs.getString("type")),
                            rs.getString("title"),
                            rs.getObject("filing_date", LocalDate.class),
                            rs.getString("ipc_main"),
                            RightState.valueOf(rs.getString("state")),
                            strings(rs.getArray("holders")),
                            rs.getString("jurisdiction_code"));
                })
                .list();
        return new ResultPage<>(items, page, size, total.isEmpty() ? 0 : total.get(0));
    }

    /** The patent, its events and its state at {@code asOf}; the number may be written in any accepted form. */
    public PatentDetail detail(String applicationNumber, LocalDate asOf) {
        String number = ChineseCodes.normalizeApplicationNumber(applicationNumber)
                .orElseThrow(() -> new InvalidInputException(
                        "applicationNumber",
                        "不是有效的申请号（校验位错误或格式不对）/ not a valid application number: '" + applicationNumber + "'"));
        PatentRecord record = jdbc.sql("select * from patent where application_number = ?")
                .param(number)
                .query(PatentRegistry::record)
                .optional()
                .orElseThrow(() -> new NotFoundException("patent", number));
        List<PatentEvent> events = events(number);
        PatentStatus status = PatentLifecycle.derive(
                record.type(),
                record.filingDate(),
                record.applicants(),
                record.applicantJurisdictionCode(),
                events,
                asOf);
        return new PatentDetail(record, events, status);
    }

    List<PatentEvent> events(String number) {
        return jdbc.sql("select * from patent_event where application_number = ? order by event_date, id")
                .param(number)
                .query((rs, i) -> new PatentEvent(
                        rs.getObject("event_date", LocalDate.class),
                        PatentEventCode.valueOf(rs.getString("code")),
                        null,
                        strings(rs.getArray("new_holders")),
                        rs.getString("holder_jurisdiction_code"),
                        rs.getString("licence_kind"),
                        rs.getString("licensee"),
                        rs.getBigDecimal("pledge_amount"),
                        rs.getString("pledgee")))
                .list();
    }

    private static PatentRecord record(ResultSet rs, int row) throws SQLException {
        return new PatentRecord(
                rs.getString("application_number"),
                PatentType.valueOf(rs.getString("type")),
                rs.getString("title"),
                rs.getString("abstract"),
                date(rs.getDate("filing_date")),
                date(rs.getDate("term_end")),
                rs.getString("publication_number"),
                date(rs.getDate("publication_date")),
                rs.getString("grant_number"),
                date(rs.getDate("grant_date")),
                rs.getString("ipc_main"),
                strings(rs.getArray("ipc_symbols")),
                rs.getString("locarno_class"),
                strings(rs.getArray("applicants")),
                rs.getString("applicant_address"),
                rs.getString("applicant_jurisdiction_code"),
                Attribution.Kind.valueOf(rs.getString("applicant_attribution")),
                rs.getBoolean("applicant_domestic"),
                strings(rs.getArray("inventors")),
                rs.getString("export_status"),
                rs.getString("family_id"),
                rs.getString("family_members"),
                strings(rs.getArray("awards")));
    }

    static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> result = new ArrayList<>(values.length);
        for (Object v : values) {
            result.add(String.valueOf(v));
        }
        return result;
    }
}
