package cn.ipcity.metrics;

import cn.ipcity.common.InvalidInputException;
import cn.ipcity.common.JurisdictionCodes;
import cn.ipcity.common.NotFoundException;
import cn.ipcity.program.Measure;
import cn.ipcity.program.Programs;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Values of the catalogue's measures. STOCK and FLOW measures come from the {@link MeasureSource} beans; a RATIO is
 * numerator / denominator × factor of its formula, both evaluated for the same jurisdiction and date (the
 * numerator over the period when it is a flow, the denominator at the period end). A missing or uncomputed
 * operand makes the ratio missing or uncomputed; a zero denominator makes it missing. Ratios are never summed:
 * a city's ratio is the city's numerator over the city's denominator.
 */
@Service
public class Measures {

    private static final int SCALE = 6;

    private final Map<String, Measure> catalogue;
    private final Map<String, MeasureSource> sourceByMeasure = new HashMap<>();

    @Autowired
    Measures(Programs programs, List<MeasureSource> sources) {
        this(programs.measures(), sources);
    }

    Measures(Map<String, Measure> catalogue, List<MeasureSource> sources) {
        this.catalogue = catalogue;
        for (MeasureSource source : sources) {
            for (String code : source.measures()) {
                Measure m = catalogue.get(code);
                if (m == null || m.kind() == Measure.Kind.RATIO) {
                    throw new IllegalStateException(source.getClass().getName() + " computes '" + code
                            + "', which is not a STOCK or FLOW measure of the catalogue");
                }
                if (sourceByMeasure.put(code, source) != null) {
                    throw new IllegalStateException("two sources compute the measure '" + code + "'");
                }
            }
        }
    }

    public Measure measure(String code) {
        Measure m = catalogue.get(code);
        if (m == null) {
            throw new NotFoundException("measure", code);
        }
        return m;
    }

    public boolean isComputable(String code) {
        Measure m = measure(code);
        return m.formula() == null
                ? sourceByMeasure.containsKey(code)
                : isComputable(m.formula().numerator())
                        && isComputable(m.formula().denominator());
    }

    public MeasureValue value(String code, MeasureQuery query) {
        Measure m = measure(code);
        MeasureQuery q =
                new MeasureQuery(JurisdictionCodes.normalize(query.jurisdictionCode()), query.from(), query.to());
        if (m.formula() != null) {
            return ratio(m, q);
        }
        MeasureSource source = sourceByMeasure.get(code);
        if (source == null) {
            return result(m, q, null, MeasureValue.Availability.NOT_COMPUTED, "not computed yet: " + code);
        }
        MeasureQuery asked = m.kind() == Measure.Kind.STOCK ? MeasureQuery.at(q.jurisdictionCode(), q.to()) : q;
        if (m.kind() == Measure.Kind.FLOW && q.from() == null) {
            throw new InvalidInputException(
                    "from", "流量指标需要起止日期 / the flow measure '" + code + "' needs 'from' and 'to'");
        }
        return source.value(code, asked)
                .map(v -> result(m, q, v, MeasureValue.Availability.AVAILABLE, null))
                .orElseGet(() -> result(m, q, null, MeasureValue.Availability.MISSING, "missing: " + code));
    }

    private MeasureValue ratio(Measure m, MeasureQuery q) {
        MeasureValue numerator = value(m.formula().numerator(), q);
        MeasureValue denominator = value(m.formula().denominator(), q);
        for (MeasureValue operand : List.of(numerator, denominator)) {
            if (operand.availability() == MeasureValue.Availability.NOT_COMPUTED) {
                return result(m, q, null, MeasureValue.Availability.NOT_COMPUTED, operand.note());
            }
        }
        for (MeasureValue operand : List.of(numerator, denominator)) {
            if (operand.availability() == MeasureValue.Availability.MISSING) {
                return result(m, q, null, MeasureValue.Availability.MISSING, operand.note());
            }
        }
        if (denominator.value().signum() == 0) {
            return result(
                    m,
                    q,
                    null,
                    MeasureValue.Availability.MISSING,
                    "zero: " + m.formula().denominator());
        }
        BigDecimal v = numerator
                .value()
                .multiply(m.formula().factor())
                .divide(denominator.value(), MathContext.DECIMAL64)
                .setScale(SCALE, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return result(m, q, v.scale() < 0 ? v.setScale(0) : v, MeasureValue.Availability.AVAILABLE, null);
    }

    private static MeasureValue result(
            Measure m, MeasureQuery q, BigDecimal value, MeasureValue.Availability availability, String note) {
        return new MeasureValue(
                m.code(),
                JurisdictionCodes.significant(q.jurisdictionCode()),
                m.kind() == Measure.Kind.STOCK ? null : q.from(),
                q.to(),
                value,
                m.unit(),
                availability,
                note);
    }
}
