package cn.ipcity.metrics.facts;

import cn.ipcity.common.JurisdictionCodes;
import cn.ipcity.metrics.MeasureQuery;
import cn.ipcity.metrics.MeasureSource;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The registry-based measures of the catalogue, counted from the fact index ({@link Lane} says how each is
 * counted). A jurisdiction counts the facts of every county-level code that begins with its significant digits,
 * so a city is the sum of its counties (and of its own code for addresses that name only the city). A measure
 * whose records have never been imported (no facts of its family at all) is missing, not zero.
 */
@Component
class RegistryMeasures implements MeasureSource {

    private final RegistryFacts facts;

    RegistryMeasures(RegistryFacts facts) {
        this.facts = facts;
    }

    @Override
    public Set<String> measures() {
        return Lane.ALL.keySet();
    }

    @Override
    public Optional<BigDecimal> value(String measure, MeasureQuery query) {
        Lane lane = Lane.ALL.get(measure);
        FactIndex index = facts.index();
        boolean anyData = lane.kinds().stream().anyMatch(k -> index.hasData(k.family()));
        if (!anyData) {
            return Optional.empty();
        }
        String prefix = JurisdictionCodes.significant(query.jurisdictionCode());
        return Optional.of(
                switch (lane.mode()) {
                    case STOCK -> BigDecimal.valueOf(index.stock(lane, prefix, query.to()));
                    case FLOW_COUNT -> BigDecimal.valueOf(index.count(lane, prefix, query.from(), query.to()));
                    case FLOW_AMOUNT -> {
                        BigDecimal yuan =
                                BigDecimal.valueOf(index.amountCents(lane, prefix, query.from(), query.to()), 2);
                        yield yuan.stripTrailingZeros().scale() < 0 ? yuan.setScale(0) : yuan.stripTrailingZeros();
                    }
                });
    }
}
