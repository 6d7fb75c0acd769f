package cn.ipcity.metrics.facts;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads {@code ip_fact} rows into the per-lane, per-county arrays of {@link FactIndex}. */
@Component
class FactIndexLoader {

    private final DataSource dataSource;
    private final TransactionTemplate readOnly;

    FactIndexLoader(DataSource dataSource, PlatformTransactionManager transactions) {
        this.dataSource = dataSource;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The arrays of every lane fed by {@code kinds}, read from the whole table. */
    Map<String, Map<String, FactIndex.CountyData>> load(Set<FactKind> kinds) {
        List<Lane> lanes = Lane.ALL.values().stream()
                .filter(l -> l.kinds().stream().anyMatch(kinds::contains))
                .toList();
        Map<String, Map<String, Builder>> builders = new HashMap<>();
        lanes.forEach(l -> builders.put(l.measure(), new HashMap<>()));
        readOnly.executeWithoutResult(status -> {
            Connection con = DataSourceUtils.getConnection(dataSource);
            String sql = "select kind, county, valid_from - date '1970-01-01', valid_to - date '1970-01-01', amount,"
                    + " flags from ip_fact where kind = any(?)";
            try (PreparedStatement ps = con.prepareStatement(sql)) {
                ps.setFetchSize(50_000);
                ps.setArray(
                        1,
                        con.createArrayOf("text", kinds.stream().map(Enum::name).toArray()));
                Map<String, FactKind> kindByName = new HashMap<>();
                for (FactKind k : FactKind.values()) {
                    kindByName.put(k.name(), k);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        FactKind kind = kindByName.get(rs.getString(1));
                        String county = rs.getString(2).trim();
                        int from = rs.getInt(3);
                        int until = rs.getInt(4);
                        boolean open = rs.wasNull();
                        BigDecimal amount = rs.getBigDecimal(5);
                        int flags = rs.getInt(6);
                        for (Lane lane : lanes) {
                            if (lane.matches(kind, flags)) {
                                builders.get(lane.measure())
                                        .computeIfAbsent(county, c -> new Builder())
                                        .add(
                                                from,
                                                open || lane.mode() != Lane.Mode.STOCK ? null : until,
                                                amount == null
                                                        ? 0
                                                        : amount.movePointRight(2)
                                                                .longValueExact());
                            }
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("loading facts failed: " + e.getMessage(), e);
            }
        });
        Map<String, Map<String, FactIndex.CountyData>> result = new HashMap<>();
        builders.forEach((measure, byCounty) -> {
            Map<String, FactIndex.CountyData> data = new HashMap<>();
            byCounty.forEach((county, b) -> data.put(county, b.build()));
            result.put(measure, data);
        });
        return result;
    }

    /** Families that have at least one fact. */
    Set<FactKind.Family> familiesWithData(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        Set<FactKind.Family> present = EnumSet.noneOf(FactKind.Family.class);
        for (FactKind.Family f : FactKind.Family.values()) {
            if (jdbc.sql("select exists (select 1 from ip_fact where kind = any(?))")
                    .param(f.kindNames())
                    .query(Boolean.class)
                    .single()) {
                present.add(f);
            }
        }
        return present;
    }

    /** Growable arrays of one county's rows; amounts are packed with their day so that one sort orders both. */
    private static final class Builder {
        private int[] starts = new int[16];
        private int[] ends = new int[16];
        private long[] amounts = new long[16];
        private int n;
        private int m;
        private boolean withAmounts;

        void add(int from, Integer until, long cents) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                amounts = Arrays.copyOf(amounts, n * 2);
            }
            starts[n] = from;
            amounts[n] = cents;
            withAmounts |= cents != 0;
            n++;
            if (until != null) {
                if (m == ends.length) {
                    ends = Arrays.copyOf(ends, m * 2);
                }
                ends[m++] = until;
            }
        }

        FactIndex.CountyData build() {
            int[] s = Arrays.copyOf(starts, n);
            int[] e = Arrays.copyOf(ends, m);
            Arrays.sort(e);
            long[] cents = new long[withAmounts ? n + 1 : 1];
            if (withAmounts) {
                Integer[] order = new Integer[n];
                for (int i = 0; i < n; i++) {
                    order[i] = i;
                }
                Arrays.sort(order, (x, y) -> Integer.compare(starts[x], starts[y]));
                for (int i = 0; i < n; i++) {
                    s[i] = starts[order[i]];
                    cents[i + 1] = cents[i] + amounts[order[i]];
                }
            } else {
                Arrays.sort(s);
            }
            return new FactIndex.CountyData(s, e, cents);
        }
    }
}
