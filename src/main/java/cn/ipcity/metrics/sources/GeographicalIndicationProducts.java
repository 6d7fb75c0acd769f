package cn.ipcity.metrics.sources;

import cn.ipcity.common.JurisdictionCodes;
import cn.ipcity.metrics.MeasureQuery;
import cn.ipcity.metrics.MeasureSource;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code gi_products}: 地理标志保护产品 approved on or before the date whose protected area lies (partly) in the
 * jurisdiction. A product protected in two counties of one city counts once for the city, so this is counted
 * in SQL with the areas (a small table) rather than summed over counties. No product imported at all → missing.
 */
@Component
class GeographicalIndicationProducts implements MeasureSource {

    private final JdbcClient jdbc;

    GeographicalIndicationProducts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> measures() {
        return Set.of("gi_products");
    }

    @Override
    public Optional<BigDecimal> value(String measure, MeasureQuery query) {
        String prefix = JurisdictionCodes.significant(query.jurisdictionCode());
        return jdbc.sql(
                        """
                        select case when not exists (select 1 from gi_product) then null
                               else (select count(*) from gi_product g
                                      where g.approval_date <= ?
                                        and exists (select 1 from unnest(g.area_codes) a where a like ? || '%')) end""")
                .params(query.to(), prefix)
                .query(Long.class)
                .optional()
                .map(BigDecimal::valueOf);
    }
}
