package cn.ipcity.registry;

import cn.ipcity.common.JurisdictionCodes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trademarks at a date: applied before registration, registered until the end of the (renewed) term or until
 * an invalidation, revocation or cancellation takes effect.
 */
@Service
@Transactional(readOnly = true)
public class TrademarkRegistry {

    private final JdbcClient jdbc;

    TrademarkRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ResultPage<TrademarkSummary> list(
            String jurisdiction,
            LocalDate asOf,
            String kind,
            TrademarkState state,
            String registrant,
            int page,
            int size) {
        int s = size <= 0 ? 50 : Math.min(size, 500);
        int p = Math.max(1, page);
        String prefix =
                jurisdiction == null || jurisdiction.isBlank() ? null : JurisdictionCodes.significant(jurisdiction);
        String sql =
                """
                select d.*, count(*) over () as total from (
                  select t.*,
                         case when t.end_date is not null and :asOf >= t.end_date then t.end_kind
                              when t.registration_date is null or :asOf < t.registration_date then 'APPLIED'
                              when t.expiry_date is not null and :asOf > t.expiry_date then 'EXPIRED'
                              else 'REGISTERED' end as state
                    from trademark t
                   where coalesce(t.application_date, t.registration_date, date '1900-01-01') <= :asOf) d
                 where (cast(:prefix as text) is null or d.jurisdiction_code like :prefix || '%')
                   and (cast(:state as text) is null or d.state = :state)
                   and (cast(:kind as text) is null or d.kind = :kind)
                   and (cast(:registrant as text) is null or d.registrant like '%' || :registrant || '%')
                 order by d.registration_date desc nulls last, d.registration_number
                 limit :size offset :offset""";
        List<Long> total = new ArrayList<>();
        List<TrademarkSummary> items = jdbc.sql(sql)
                .param("asOf", asOf)
                .param("prefix", prefix)
                .param("state", state == null ? null : state.name())
                .param("kind", kind == null || kind.isBlank() ? null : kind.trim())
                .param("registrant", registrant == null || registrant.isBlank() ? null : registrant.trim())
                .param("size", s)
                .param("offset", (long) (p - 1) * s)
                .query((rs, i) -> {
                    if (i == 0) {
                        total.add(rs.getLong("total"));
                    }
                    List<Integer> classes = new ArrayList<>();
                    for (Object o : (Object[]) rs.getArray("nice_classes").getArray()) {
                        classes.add(((Number) o).intValue());
                    }
                    return new TrademarkSummary(
                            rs.getString("registration_number"),
                            classes,
                            rs.getString("mark_text"),
                            rs.getString("registrant"),
                            rs.getString("jurisdiction_code"),
                            rs.getString("kind"),
                            rs.getBoolean("geographical_indication"),
                            PatentRegistry.date(rs.getDate("registration_date")),
                            PatentRegistry.date(rs.getDate("expiry_date")),
                            PatentRegistry.date(rs.getDate("well_known_date")),
                            TrademarkState.valueOf(rs.getString("state")));
                })
                .list();
        return new ResultPage<>(items, p, s, total.isEmpty() ? 0 : total.get(0));
    }
}
