package cn.ipcity.jurisdiction;

import cn.ipcity.account.AuditLog;
import cn.ipcity.account.CurrentUsers;
import cn.ipcity.common.InvalidInputException;
import cn.ipcity.common.JurisdictionCodes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Resident population (常住人口), the denominator of every per-capita indicator. A year without a figure is
 * missing: nothing here interpolates, carries forward or sums counties into a city.
 */
@Service
public class Population {

    public static final int FIRST_YEAR_SHOWN = 2015;

    /**
     * No county-level unit of China has fewer residents than this; a smaller figure is almost surely written in
     * 万人 (48.13 for 481,300) and would make every per-capita value 10,000 times too large.
     */
    static final long MIN_PLAUSIBLE = 1_000;

    private final JdbcClient jdbc;
    private final Jurisdictions jurisdictions;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;
    private final Clock clock;

    Population(JdbcClient jdbc, Jurisdictions jurisdictions, CurrentUsers currentUsers, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.jurisdictions = jurisdictions;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.clock = clock;
    }

    /** A year of the table shown to users: {@code figure} is empty when the year is missing. */
    public record YearRow(int year, Optional<PopulationFigure> figure) {}

    public record Correction(int year, Long residentPopulation, String kind, String source) {}

    @Transactional(readOnly = true)
    public List<PopulationFigure> figures(String code) {
        return jdbc.sql("select * from population where jurisdiction_code = ? order by year")
                .param(JurisdictionCodes.normalize(code))
                .query(Population::map)
                .list();
    }

    private Optional<PopulationFigure> figure(String code, int year) {
        return jdbc.sql("select * from population where jurisdiction_code = ? and year = ?")
                .params(JurisdictionCodes.normalize(code), year)
                .query(Population::map)
                .optional();
    }

    private static PopulationFigure map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new PopulationFigure(
                rs.getString("jurisdiction_code"),
                rs.getInt("year"),
                rs.getLong("resident_population"),
                rs.getString("kind"),
                rs.getString("source"),
                rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }

    /** Every year from {@link #FIRST_YEAR_SHOWN} (or the earliest figure) to this year, missing ones included. */
    @Transactional(readOnly = true)
    public List<YearRow> yearTable(String code) {
        Map<Integer, PopulationFigure> byYear = new TreeMap<>();
        figures(code).forEach(f -> byYear.put(f.year(), f));
        int thisYear = LocalDate.now(clock).getYear();
        int first = byYear.keySet().stream()
                .findFirst()
                .map(y -> Math.min(y, FIRST_YEAR_SHOWN))
                .orElse(FIRST_YEAR_SHOWN);
        int last = byYear.keySet().stream()
                .reduce((a, b) -> b)
                .map(y -> Math.max(y, thisYear))
                .orElse(thisYear);
        List<YearRow> rows = new ArrayList<>();
        for (int year = last; year >= first; year--) {
            rows.add(new YearRow(year, Optional.ofNullable(byYear.get(year))));
        }
        return rows;
    }

    /**
     * The figure of a year. Indicators ask for it hundreds of thousands of times (every ratio of every
     * jurisdiction and quarter), so the whole table (a few thousand rows) is held in memory and dropped after any
     * change commits or rolls back.
     */
    public OptionalLong of(String code, int year) {
        Map<String, Long> all = cache;
        if (all == null) {
            Map<String, Long> loaded = new HashMap<>();
            jdbc.sql("select jurisdiction_code, year, resident_population from population")
                    .query((java.sql.ResultSet rs) -> {
                        loaded.put(rs.getString(1).trim() + "/" + rs.getInt(2), rs.getLong(3));
                    });
            all = Map.copyOf(loaded);
            cache = all;
        }
        Long figure = all.get(JurisdictionCodes.normalize(code) + "/" + year);
        return figure == null ? OptionalLong.empty() : OptionalLong.of(figure);
    }

    private volatile Map<String, Long> cache;

    private void dropCacheAfterThisTransaction() {
        cache = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache = null;
                }
            });
        }
    }

    /** Adds a year's figure or corrects an existing one; officers only, within their jurisdiction. */
    @Transactional
    public PopulationFigure save(String code, Correction correction) {
        Jurisdiction jurisdiction = jurisdictions.get(code);
        var user = currentUsers.requireManage(jurisdiction.code());
        validate(correction);
        Optional<PopulationFigure> before = figure(jurisdiction.code(), correction.year());
        jdbc.sql(
                        """
                        insert into population (jurisdiction_code, year, resident_population, kind, source, updated_by, updated_at)
                        values (?, ?, ?, ?, ?, ?, now())
                        on conflict (jurisdiction_code, year) do update set resident_population = excluded.resident_population,
                            kind = excluded.kind, source = excluded.source, updated_by = excluded.updated_by, updated_at = now()""")
                .params(
                        jurisdiction.code(),
                        correction.year(),
                        correction.residentPopulation(),
                        correction.kind().trim(),
                        correction.source().trim(),
                        user.username())
                .update();
        dropCacheAfterThisTransaction();
        PopulationFigure after = figure(jurisdiction.code(), correction.year()).orElseThrow();
        audit.record(
                before.isPresent() ? "POPULATION_CORRECTED" : "POPULATION_ADDED",
                "population",
                jurisdiction.code() + "/" + correction.year(),
                jurisdiction.code(),
                before.map(Population::snapshot).orElse(null),
                snapshot(after));
        return after;
    }

    private static Map<String, Object> snapshot(PopulationFigure f) {
        return Map.of(
                "year", f.year(), "residentPopulation", f.residentPopulation(), "kind", f.kind(), "source", f.source());
    }

    private void validate(Correction c) {
        int thisYear = LocalDate.now(clock).getYear();
        if (c.year() < 1949 || c.year() > thisYear) {
            throw new InvalidInputException(
                    "year", "年份须在 1949–" + thisYear + " 之间 / year must be 1949–" + thisYear + ": " + c.year());
        }
        if (c.residentPopulation() == null || c.residentPopulation() <= 0) {
            throw new InvalidInputException(
                    "residentPopulation",
                    "常住人口须为正整数（人）/ resident population must be a positive number of persons: "
                            + c.residentPopulation());
        }
        if (c.residentPopulation() < MIN_PLAUSIBLE) {
            throw new InvalidInputException(
                    "residentPopulation",
                    "常住人口过小（单位为人，不是万人）/ too small — the unit is persons, not 万人: " + c.residentPopulation());
        }
        if (c.residentPopulation() > 2_000_000_000L) {
            throw new InvalidInputException(
                    "residentPopulation",
                    "常住人口数值过大（单位为人，不是万人）/ too large — the unit is persons, not 万人: " + c.residentPopulation());
        }
        if (c.kind() == null || c.kind().isBlank()) {
            throw new InvalidInputException("kind", "请填写口径（如 年末常住人口）/ kind is required (e.g. year-end resident)");
        }
        if (c.source() == null || c.source().isBlank()) {
            throw new InvalidInputException("source", "请填写数据来源 / source is required (e.g. the statistical bulletin)");
        }
    }
}
