package cn.ipcity.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipcity.common.InvalidInputException;
import cn.ipcity.program.Measure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ratio formulas over fake sources: a patent count per city and a population that misses a year. */
class MeasuresTest {

    static final Map<String, Measure> CATALOGUE = Map.of(
            "hv", new Measure("hv", "高价值", "hv", "件", Measure.Kind.STOCK),
            "apps", new Measure("apps", "申请", "apps", "件", Measure.Kind.FLOW),
            "pop", new Measure("pop", "人口", "pop", "人", Measure.Kind.STOCK),
            "trademarks", new Measure("trademarks", "商标", "tm", "件", Measure.Kind.STOCK),
            "hv_per_10k",
                    new Measure(
                            "hv_per_10k",
                            "每万人",
                            "per 10k",
                            "件",
                            Measure.Kind.RATIO,
                            new Measure.Formula("hv", "pop", new BigDecimal("10000"))),
            "apps_per_10k",
                    new Measure(
                            "apps_per_10k",
                            "每万人申请",
                            "apps per 10k",
                            "件",
                            Measure.Kind.RATIO,
                            new Measure.Formula("apps", "pop", new BigDecimal("10000"))),
            "tm_per_10k",
                    new Measure(
                            "tm_per_10k",
                            "每万人商标",
                            "tm per 10k",
                            "件",
                            Measure.Kind.RATIO,
                            new Measure.Formula("trademarks", "pop", new BigDecimal("10000"))));

    record Fake(Set<String> measures, Map<String, BigDecimal> values) implements MeasureSource {
        @Override
        public Optional<BigDecimal> value(String measure, MeasureQuery q) {
            String key =
                    measure + "@" + q.jurisdictionCode() + "@" + (q.from() == null ? "" : q.from() + "..") + q.to();
            return Optional.ofNullable(values.get(key));
        }
    }

    static Measures measures() {
        Map<String, BigDecimal> values = new HashMap<>();
        values.put("hv@371000@2024-12-31", new BigDecimal("3500"));
        values.put("pop@371000@2024-12-31", new BigDecimal("2906000"));
        values.put("hv@371000@2025-12-31", new BigDecimal("3700"));
        values.put("pop@371000@2023-12-31", BigDecimal.ZERO);
        values.put("hv@371000@2023-12-31", new BigDecimal("3000"));
        values.put("apps@371000@2024-01-01..2024-12-31", new BigDecimal("2906"));
        return new Measures(
                CATALOGUE, List.of(new Fake(Set.of("hv", "apps"), values), new Fake(Set.of("pop"), values)));
    }

    static final LocalDate END_2024 = LocalDate.parse("2024-12-31");

    @Test
    void ratioIsNumeratorOverDenominatorTimesFactor() {
        // 3500 × 10000 / 2 906 000 = 12 + 128 000 / 2 906 000 = 12.0440468 → 12.044047 (6 decimals)
        MeasureValue v = measures().value("hv_per_10k", MeasureQuery.at("3710", END_2024));
        assertThat(v.availability()).isEqualTo(MeasureValue.Availability.AVAILABLE);
        assertThat(v.value()).isEqualByComparingTo("12.044047");
        assertThat(v.jurisdictionCode()).isEqualTo("3710");
        assertThat(v.unit()).isEqualTo("件");
    }

    @Test
    void aFlowNumeratorIsTakenOverThePeriodAndTheDenominatorAtItsEnd() {
        // 2906 × 10000 / 2 906 000 = 10
        MeasureValue v =
                measures().value("apps_per_10k", MeasureQuery.over("3710", LocalDate.parse("2024-01-01"), END_2024));
        assertThat(v.value()).isEqualByComparingTo("10");
        assertThatThrownBy(() -> measures().value("apps", MeasureQuery.at("3710", END_2024)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aMissingPopulationYearMakesTheRatioMissingNotZero() {
        // 2025: patents known, population not
        MeasureValue v = measures().value("hv_per_10k", MeasureQuery.at("3710", LocalDate.parse("2025-12-31")));
        assertThat(v.availability()).isEqualTo(MeasureValue.Availability.MISSING);
        assertThat(v.value()).isNull();
        assertThat(v.note()).isEqualTo("missing: pop");
        // a zero denominator is missing too
        MeasureValue zero = measures().value("hv_per_10k", MeasureQuery.at("3710", LocalDate.parse("2023-12-31")));
        assertThat(zero.availability()).isEqualTo(MeasureValue.Availability.MISSING);
        assertThat(zero.note()).isEqualTo("zero: pop");
    }

    @Test
    void aRatioOverAMeasureNoSourceComputesIsNotComputed() {
        Measures m = measures();
        MeasureValue v = m.value("tm_per_10k", MeasureQuery.at("3710", END_2024));
        assertThat(v.availability()).isEqualTo(MeasureValue.Availability.NOT_COMPUTED);
        assertThat(v.note()).isEqualTo("not computed yet: trademarks");
        assertThat(m.isComputable("tm_per_10k")).isFalse();
        assertThat(m.isComputable("hv_per_10k")).isTrue();
    }

    @Test
    void aSourceMustComputeCatalogueStocksOrFlowsOnly() {
        assertThatThrownBy(() -> new Measures(CATALOGUE, List.of(new Fake(Set.of("hv_per_10k"), Map.of()))))
                .hasMessageContaining("not a STOCK or FLOW measure");
        assertThatThrownBy(() -> new Measures(
                        CATALOGUE, List.of(new Fake(Set.of("hv"), Map.of()), new Fake(Set.of("hv"), Map.of()))))
                .hasMessageContaining("two sources");
    }
}
