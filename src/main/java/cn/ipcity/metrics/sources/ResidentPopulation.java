package cn.ipcity.metrics.sources;

import cn.ipcity.jurisdiction.Population;
import cn.ipcity.metrics.MeasureQuery;
import cn.ipcity.metrics.MeasureSource;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code resident_population} from the jurisdiction module. The figures are year-end (年末常住人口), so the value
 * at a date is the figure of the last year end on or before it: on 31 December of year Y the figure of Y, on any
 * other day of Y the figure of Y − 1. A year without a figure is missing; nothing is carried forward.
 */
@Component
class ResidentPopulation implements MeasureSource {

    static final String CODE = "resident_population";

    private final Population population;

    ResidentPopulation(Population population) {
        this.population = population;
    }

    @Override
    public Set<String> measures() {
        return Set.of(CODE);
    }

    @Override
    public Optional<BigDecimal> value(String measure, MeasureQuery query) {
        int year = MonthDay.from(query.to()).equals(MonthDay.of(12, 31))
                ? query.to().getYear()
                : query.to().getYear() - 1;
        OptionalLong figure = population.of(query.jurisdictionCode(), year);
        return figure.isPresent() ? Optional.of(BigDecimal.valueOf(figure.getAsLong())) : Optional.empty();
    }
}
