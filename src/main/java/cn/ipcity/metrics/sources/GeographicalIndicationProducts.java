package cn.ipcity.metrics.sources;

import cn.ipcity.common.JurisdictionCodes;
import cn.ipcity.metrics.MeasureQuery;
import cn.ipcity.metrics.MeasureSource;
import cn.ipcity.registry.RegistryChanged;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * {@code gi_products}: 地理标志保护产品 approved on or before the date whose protected area lies (partly) in the
 * jurisdiction, or covers it (a product protected in all of 威海 counts for 环翠区 too). A product protected in two counties of one city counts once for the city, so this is counted
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
        List<Product> all = products();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        String prefix = JurisdictionCodes.significant(query.jurisdictionCode());
        long n = all.stream()
                .filter(p -> !p.approved().isAfter(query.to()))
                .filter(p -> p.areas().stream().anyMatch(a -> a.startsWith(prefix) || prefix.startsWith(a)))
                .count();
        return Optional.of(BigDecimal.valueOf(n));
    }

    private record Product(LocalDate approved, List<String> areas) {}

    /** The products (a small table) are held in memory, dropped after each GI product import. */
    private volatile List<Product> cache;

    private List<Product> products() {
        List<Product> all = cache;
        if (all == null) {
            all = jdbc.sql("select approval_date, area_codes from gi_product")
                    .query((rs, i) -> new Product(
                            rs.getObject(1, LocalDate.class),
                            Arrays.stream((Object[]) rs.getArray(2).getArray())
                                    .map(o -> JurisdictionCodes.significant(
                                            String.valueOf(o).trim()))
                                    .toList()))
                    .list();
            cache = all;
        }
        return all;
    }

    @TransactionalEventListener
    void onImport(RegistryChanged change) {
        if ("gi-product".equals(change.recordType())) {
            cache = null;
        }
    }
}
