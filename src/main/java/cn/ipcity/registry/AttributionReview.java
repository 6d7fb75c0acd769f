package cn.ipcity.registry;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records whose holder could not be attributed to a county (no or ambiguous address, only a city, a transfer
 * to a holder not known as a party). They are kept and counted where they can be, and listed here for an
 * officer to correct — never silently dropped.
 */
@Service
@Transactional(readOnly = true)
public class AttributionReview {

    /** A record needing review: what it is, its key, the holder, the address, how far attribution got. */
    public record Item(
            String kind, String key, String holder, String address, String jurisdictionCode, String attribution) {}

    private final JdbcClient jdbc;

    AttributionReview(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Item> list(int limit) {
        return jdbc.sql(
                        """
                        (select 'party' as kind, coalesce(uscc, name) as key, name as holder, address,
                                jurisdiction_code, attribution
                           from party where attribution in ('UNATTRIBUTED', 'CITY_ONLY'))
                        union all
                        (select 'patent', application_number, applicants[1], applicant_address,
                                applicant_jurisdiction_code, applicant_attribution
                           from patent where applicant_attribution in ('UNATTRIBUTED', 'CITY_ONLY'))
                        union all
                        (select 'patent-event', application_number || ' ' || event_date, new_holders[1], null,
                                holder_jurisdiction_code, holder_attribution
                           from patent_event where code = 'TRANSFER' and holder_attribution in ('UNATTRIBUTED', 'CITY_ONLY'))
                        union all
                        (select 'trademark', registration_number, registrant, registrant_address,
                                jurisdiction_code, attribution
                           from trademark where attribution in ('UNATTRIBUTED', 'CITY_ONLY'))
                        order by 1, 2 limit ?""")
                .param(limit)
                .query((rs, i) -> new Item(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    public long count() {
        return jdbc.sql(
                        """
                        select (select count(*) from party where attribution in ('UNATTRIBUTED', 'CITY_ONLY'))
                             + (select count(*) from patent where applicant_attribution in ('UNATTRIBUTED', 'CITY_ONLY'))
                             + (select count(*) from patent_event where code = 'TRANSFER'
                                   and holder_attribution in ('UNATTRIBUTED', 'CITY_ONLY'))
                             + (select count(*) from trademark where attribution in ('UNATTRIBUTED', 'CITY_ONLY'))""")
                .query(Long.class)
                .single();
    }
}
