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
 * {@code gi_products_with_mark_users}: those of them with at least one enterprise approved (on or before the date)
 * to use the GI special mark (地理标志专用标志); with {@code gi_products} it gives the special-mark coverage.
 *
 * <p>{@code gi_products}: 地理标志保护产品 approved on or before the date whose protected area lies (partly) in the
 * jurisdiction, or covers it (a product protected in all of 威海 counts for 环翠区 too). A product protected in two
 * counties of one city counts once for the city, so the products (a small table, held in memory) are counted
 * with their areas rather than summed over counties. No product imported at all → missing.
 */
@Component
class GeographicalIndicationProducts implements MeasureSource {

    private final JdbcClient jdbc;

    GeographicalIndicationProducts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> measures() {
        return Set.of("gi_products", "gi_products_with_mark_users");
    }

    @Override
    public Optional<BigDecimal> value(String measure, MeasureQuery query) {
        List<Product> all = products();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        String prefix = JurisdictionCodes.significant(query.jurisdictionCode());
        boolean withUsers = "gi_products_with_mark_users".equals(measure);
        long n = all.stream()
                .filter(p -> !p.approved().isAfter(query.to()))
                .filter(p ->
                        !withUsers || (p.firstUser() != null && !p.firstUser().isAfter(query.to())))
                .filter(p -> p.areas().stream().anyMatch(a -> a.startsWith(prefix) || prefix.startsWith(a)))
                .count();
        return Optional.of(BigDecimal.valueOf(n));
    }

    /** @param firstUser the first approval of an enterprise to use the GI special mark, null if none */
    private record Product(LocalDate approved, List<String> areas, LocalDate firstUser) {}

    /** The products (a small table) are held in memory, dropped after each GI product import. */
    private volatile List<Product> cache;

    private List<Product> products() {
        List<Product> all = cache;
        if (all == null) {
            all = jdbc.sql(
                            """
                            select g.approval_date, g.area_codes,
                                   (select min(u.approval_date) from gi_mark_user u where u.product_name = g.product_name)
                              from gi_product g""")
                    .query((rs, i) -> new Product(
                            rs.getObject(1, LocalDate.class),
                            Arrays.stream((Object[]) rs.getArray(2).getArray())
                                    .map(o -> JurisdictionCodes.significant(
                                            String.valueOf(o).trim()))
                                    .toList(),
                            rs.getObject(3, LocalDate.class)))
                    .list();
            cache = all;
        }
        return all;
    }

    @TransactionalEventListener
    void onImport(RegistryChanged change) {
        if ("gi-product".equals(change.recordType()) || "gi-mark-user".equals(change.recordType())) {
            cache = null;
        }
    }
}
