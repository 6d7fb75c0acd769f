package cn.ipcity.metrics;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * Computes some STOCK and FLOW measures of the catalogue. This is where the registry-based measures plug in: a
 * bean implementing it for, say, {@code valid_invention_patents} makes every ratio and indicator built on that
 * measure computable, with no change here. RATIO measures are never computed by a source; {@link Measures}
 * evaluates their formulas.
 */
public interface MeasureSource {

    /** The measure codes this source computes. */
    Set<String> measures();

    /**
     * The value in the measure's base unit; empty when the value is missing (e.g. no figure for that year), which
     * is never the same as zero.
     */
    Optional<BigDecimal> value(String measure, MeasureQuery query);
}
