package cn.ipcity.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers the way Chinese statistics print them: counts and amounts from 10,000 on in 万, from 100,000,000 on in
 * 亿 (123456 件 → 12.35万件, 3000000000 元 → 30亿元), smaller numbers unchanged (7500件, 11.8件), at most two
 * decimals, rounded half up. Percentages and scores are never scaled (85.5%, 88分). Values are given in the base
 * unit (件, 元, 人 …), as the engine stores them.
 */
public final class ChineseNumbers {

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);
    private static final String MISSING = "—";

    private ChineseNumbers() {}

    /** How a series of values is shown on a chart axis: each value divided by {@code divisor}, labelled {@code unit}. */
    public record Scale(BigDecimal divisor, String unit) {

        public BigDecimal apply(BigDecimal value) {
            return value == null ? null : ChineseNumbers.plain(value.divide(divisor, 6, RoundingMode.HALF_UP));
        }
    }

    /** {@code value} in {@code baseUnit} as text with the unit, "—" for a missing value. */
    public static String format(BigDecimal value, String baseUnit) {
        if (value == null) {
            return MISSING;
        }
        Scale scale = scale(baseUnit, value.abs());
        BigDecimal shown = value.divide(scale.divisor(), 2, RoundingMode.HALF_UP);
        if (shown.abs().compareTo(WAN) >= 0 && scale.divisor().compareTo(YI) < 0) {
            // 99 999 999 元 rounds to 10000万元: print the next unit instead, 1亿元
            Scale larger = scale(baseUnit, scale.divisor().multiply(WAN));
            if (larger.divisor().compareTo(scale.divisor()) > 0) {
                scale = larger;
            }
        }
        return number(value.divide(scale.divisor(), 6, RoundingMode.HALF_UP)) + scale.unit();
    }

    /**
     * The scale for values up to {@code largest} (absolute): 万 from 10,000, 亿 from 100,000,000, none for % and 分
     * or an unknown unit; {@code largest} null → no scaling.
     */
    public static Scale scale(String baseUnit, BigDecimal largest) {
        String unit = baseUnit == null ? "" : baseUnit;
        if (largest == null || unit.isEmpty() || "%".equals(unit) || "分".equals(unit)) {
            return new Scale(BigDecimal.ONE, unit);
        }
        BigDecimal size = largest.abs();
        if (size.compareTo(YI) >= 0) {
            return new Scale(YI, "亿" + unit);
        }
        if (size.compareTo(WAN) >= 0) {
            return new Scale(WAN, "万" + unit);
        }
        return new Scale(BigDecimal.ONE, unit);
    }

    /** At most two decimals, no trailing zeros, no exponent: 12.3456 → 12.35, 30.00 → 30, -0.004 → 0. */
    public static String number(BigDecimal value) {
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            return "0";
        }
        return plain(rounded).toPlainString();
    }

    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
