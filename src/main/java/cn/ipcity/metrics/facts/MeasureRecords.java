package cn.ipcity.metrics.facts;

import cn.ipcity.common.InvalidInputException;
import cn.ipcity.common.JurisdictionCodes;
import cn.ipcity.metrics.Measures;
import cn.ipcity.program.Measure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records behind a figure: exactly the facts the index counts for a measure, jurisdiction and date (or
 * period), read from {@code ip_fact} with the same conditions, with a label from the registry record. A ratio
 * lists the records of its numerator.
 */
@Service
@Transactional(readOnly = true)
public class MeasureRecords {

    /** One counted record: why it counts is its kind, county and period (or date and amount for a flow). */
    public record Item(
            String recordKey,
            String kind,
            String county,
            LocalDate from,
            LocalDate until,
            BigDecimal amount,
            String label,
            String holder) {}

    public record Page(
            String measure,
            String countedMeasure,
            String jurisdiction,
            LocalDate from,
            LocalDate to,
            long total,
            int page,
            int size,
            List<Item> items) {}

    private final JdbcClient jdbc;
    private final Measures measures;

    private final org.springframework.jdbc.core.JdbcTemplate cursor;

    MeasureRecords(JdbcClient jdbc, javax.sql.DataSource dataSource, Measures measures) {
        this.jdbc = jdbc;
        this.cursor = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        this.cursor.setFetchSize(2_000);
        this.measures = measures;
    }

    /**
     * High-value patents at a date: the total, the count per condition and the count per combination of
     * conditions (the overlap), from the same facts as {@code hv_invention_patents} and the per-condition measures.
     */
    public record HighValueBreakdown(
            String jurisdiction,
            LocalDate asOf,
            long total,
            Map<String, Long> byCondition,
            List<Combination> overlap) {}

    /** Patents meeting exactly these conditions. */
    public record Combination(List<String> conditions, long count) {}

    public HighValueBreakdown highValueBreakdown(String jurisdiction, LocalDate asOf) {
        String prefix = JurisdictionCodes.significant(JurisdictionCodes.normalize(jurisdiction));
        List<Combination> combinations = jdbc.sql(
                        """
                        select conditions, count(*) from (
                            select array_agg(substr(kind, 4) order by kind) as conditions from ip_fact
                             where kind like 'HV\\_%' and county like ? and valid_from <= ?
                               and (valid_to is null or valid_to > ?)
                             group by record_key) c
                         group by conditions order by count(*) desc, conditions""")
                .params(prefix + "%", asOf, asOf)
                .query((rs, i) ->
                        new Combination(List.of((String[]) rs.getArray(1).getArray()), rs.getLong(2)))
                .list();
        Map<String, Long> byCondition = new java.util.TreeMap<>();
        long total = 0;
        for (Combination c : combinations) {
            total += c.count();
            c.conditions().forEach(k -> byCondition.merge(k, c.count(), Long::sum));
        }
        return new HighValueBreakdown(prefix, asOf, total, byCondition, combinations);
    }

    /** The measure whose records a figure of {@code code} counts (a ratio's numerator), or an error. */
    public Lane laneOf(String code) {
        Measure m = measures.measure(code);
        String counted = m.formula() != null ? m.formula().numerator() : code;
        Lane lane = Lane.ALL.get(counted);
        if (lane == null) {
            throw new InvalidInputException(
                    "code",
                    "指标“" + code + "”不是按登记记录计数的，没有记录清单 / the measure '" + code
                            + "' is not counted from registry records, so it has no record list");
        }
        return lane;
    }

    public Page page(String code, String jurisdiction, LocalDate from, LocalDate to, int page, int size) {
        Lane lane = laneOf(code);
        int pageSize = size <= 0 ? 50 : Math.min(size, 500);
        int p = Math.max(1, page);
        Query q = query(lane, jurisdiction, from, to);
        long total = jdbc.sql("select count(*) from ip_fact f where " + q.where)
                .params(q.params)
                .query(Long.class)
                .single();
        List<Item> items = new ArrayList<>();
        List<Object> params = new ArrayList<>(q.params);
        params.add(pageSize);
        params.add((long) (p - 1) * pageSize);
        jdbc.sql(select(q) + " limit ? offset ?")
                .params(params)
                .query(this::item)
                .list()
                .forEach(items::add);
        return new Page(
                code,
                lane.measure(),
                JurisdictionCodes.significant(jurisdiction),
                from,
                to,
                total,
                p,
                pageSize,
                labelled(items));
    }

    /**
     * Every record, in the page order, for an export; read through a cursor (the class's read-only transaction
     * with a fetch size), so a province's records never sit in memory at once; labels are looked up in chunks.
     */
    public void forEach(String code, String jurisdiction, LocalDate from, LocalDate to, Consumer<Item> sink) {
        Lane lane = laneOf(code);
        Query q = query(lane, jurisdiction, from, to);
        List<Item> chunk = new ArrayList<>();
        cursor.query(
                select(q),
                (java.sql.ResultSet rs) -> {
                    chunk.add(item(rs, 0));
                    if (chunk.size() == 2_000) {
                        labelled(chunk).forEach(sink);
                        chunk.clear();
                    }
                },
                q.params.toArray());
        labelled(chunk).forEach(sink);
    }

    private record Query(Lane lane, String where, List<Object> params) {}

    private static Query query(Lane lane, String jurisdiction, LocalDate from, LocalDate to) {
        if (to == null) {
            throw new InvalidInputException("asOf", "缺少日期 / a date is needed");
        }
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("f.kind = any(?) and f.county like ? and (f.flags & ?) = ?");
        params.add(lane.kinds().stream().map(Enum::name).sorted().toArray(String[]::new));
        params.add(JurisdictionCodes.significant(JurisdictionCodes.normalize(jurisdiction)) + "%");
        params.add(lane.flagMask());
        params.add(lane.flagValue());
        if (lane.mode() == Lane.Mode.STOCK) {
            where.append(" and f.valid_from <= ? and (f.valid_to is null or f.valid_to > ?)");
            params.add(to);
            params.add(to);
        } else {
            if (from == null) {
                throw new InvalidInputException(
                        "from", "流量指标需要起止日期 / the flow measure '" + lane.measure() + "' needs 'from' and 'to'");
            }
            where.append(" and f.valid_from between ? and ?");
            params.add(from);
            params.add(to);
        }
        return new Query(lane, where.toString(), params);
    }

    private static String select(Query q) {
        return "select f.record_key, f.kind, f.county, f.valid_from, f.valid_to, f.amount from ip_fact f where "
                + q.where + " order by f.county, f.valid_from, f.record_key, f.seq";
    }

    private Item item(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Item(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3).trim(),
                rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class),
                rs.getBigDecimal(6),
                null,
                null);
    }

    /** Adds the title/name and holder of each record from its registry table. */
    private List<Item> labelled(List<Item> items) {
        Map<FactKind.Family, List<String>> keys = new HashMap<>();
        for (Item i : items) {
            keys.computeIfAbsent(FactKind.valueOf(i.kind()).family(), f -> new ArrayList<>())
                    .add(i.recordKey());
        }
        Map<String, String[]> labels = new HashMap<>();
        keys.forEach((family, k) -> jdbc.sql(labelSql(family))
                .param(k.toArray(String[]::new))
                .query((java.sql.ResultSet rs) -> {
                    labels.put(family + ":" + rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                }));
        List<Item> out = new ArrayList<>(items.size());
        for (Item i : items) {
            String[] l = labels.getOrDefault(FactKind.valueOf(i.kind()).family() + ":" + i.recordKey(), new String[2]);
            out.add(new Item(i.recordKey(), i.kind(), i.county(), i.from(), i.until(), i.amount(), l[0], l[1]));
        }
        return out;
    }

    private static String labelSql(FactKind.Family family) {
        return switch (family) {
            case PATENT ->
                "select application_number, title, array_to_string(applicants, ';') from patent"
                        + " where application_number = any(?)";
            case TRADEMARK ->
                "select registration_number, coalesce(mark_text, '(图形)'), registrant from trademark"
                        + " where registration_number = any(?)";
            case COPYRIGHT ->
                "select registration_number, title, owner from copyright_registration where registration_number = any(?)";
            case PLANT_VARIETY ->
                "select right_number, variety_name, holder from plant_variety where right_number = any(?)";
            case IC_LAYOUT ->
                "select registration_number, name, holder from ic_layout where registration_number = any(?)";
            case PLEDGE_CONTRACT ->
                "select contract_number, pledgee, pledgor from pledge_contract where contract_number = any(?)";
            case TECH_CONTRACT ->
                "select contract_number, buyer, seller from tech_contract where contract_number = any(?)";
            case DESIGNATION ->
                "select distinct on (uscc) uscc, enterprise_name, uscc from designation where uscc = any(?)";
        };
    }
}
