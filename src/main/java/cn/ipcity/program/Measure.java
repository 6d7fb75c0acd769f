package cn.ipcity.program;

import java.math.BigDecimal;

/**
 * A quantity computed from IP records that indicators bind to (catalogue in {@code measures/catalogue.yml}).
 *
 * @param formula how a RATIO is computed from two other measures; null for STOCK and FLOW
 */
public record Measure(String code, String name, String nameEn, String unit, Kind kind, Formula formula) {

    public enum Kind {
        STOCK,
        FLOW,
        RATIO
    }

    /** numerator / denominator × factor, e.g. hv_invention_patents / resident_population × 10000. */
    public record Formula(String numerator, String denominator, BigDecimal factor) {}

    public Measure(String code, String name, String nameEn, String unit, Kind kind) {
        this(code, name, nameEn, unit, kind, null);
    }
}
