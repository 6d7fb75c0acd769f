package cn.ipcity.program;

import java.math.BigDecimal;

/**
 * A target of a program as the document states it.
 *
 * @param unit the unit as written (万件, 亿元 …); null for a qualitative aim
 * @param target the number as written, in {@code unit}; null for a qualitative aim
 * @param measure a measure code from the catalogue, or {@value #REPORTED} when a unit reports the value
 * @param sourceQuote the sentence of the document the target comes from
 * @param baseline the starting value, only when the document states it
 */
public record Indicator(
        String code,
        String name,
        String nameEn,
        DisplayUnit unit,
        BigDecimal target,
        TargetKind targetKind,
        Comparator comparator,
        IndicatorAttribute attribute,
        String measure,
        String sourceQuote,
        BigDecimal baseline,
        String note) {

    public static final String REPORTED = "reported";

    public boolean isNumeric() {
        return targetKind.isNumeric();
    }

    /** The target in the base unit (9 万件 → 90000 件). */
    public BigDecimal targetInBaseUnit() {
        return target == null ? null : unit.toBase(target);
    }

    public boolean isReported() {
        return REPORTED.equals(measure);
    }
}
