package cn.ipcity.jurisdiction.web;

import cn.ipcity.common.InvalidInputException;
import cn.ipcity.jurisdiction.GovernmentUnit;
import cn.ipcity.jurisdiction.GovernmentUnits;
import cn.ipcity.jurisdiction.Jurisdiction;
import cn.ipcity.jurisdiction.Jurisdictions;
import cn.ipcity.jurisdiction.Population;
import cn.ipcity.jurisdiction.PopulationFigure;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/jurisdictions")
@Tag(name = "jurisdictions", description = "行政区划、常住人口、责任单位 / divisions, population, units")
class JurisdictionApiController {

    private final Jurisdictions jurisdictions;
    private final Population population;
    private final GovernmentUnits units;

    JurisdictionApiController(Jurisdictions jurisdictions, Population population, GovernmentUnits units) {
        this.jurisdictions = jurisdictions;
        this.population = population;
        this.units = units;
    }

    record Ref(String code, String shortCode, String name, String level) {
        static Ref of(Jurisdiction j) {
            return new Ref(j.code(), j.shortCode(), j.name(), j.level().name());
        }
    }

    /** A year of the population table: {@code residentPopulation} is null (and {@code missing} true) when unknown. */
    record PopulationYear(int year, Long residentPopulation, boolean missing, String kind, String source) {}

    record JurisdictionDetail(
            String code,
            String shortCode,
            String name,
            String level,
            List<Ref> path,
            List<Ref> children,
            List<PopulationYear> population,
            List<GovernmentUnit> units) {}

    /** The figure is a decimal here only to refuse 48.13 (万人) instead of silently truncating it to 48 persons. */
    record PopulationInput(BigDecimal residentPopulation, String kind, String source) {}

    @GetMapping
    @Operation(summary = "Provinces / 省级行政区")
    List<Ref> provinces() {
        return jurisdictions.provinces().stream().map(Ref::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "A jurisdiction with its children, population by year and units / 行政区划详情")
    JurisdictionDetail get(@PathVariable String code) {
        Jurisdiction j = jurisdictions.get(code);
        List<PopulationYear> years = population.yearTable(j.code()).stream()
                .map(row -> row.figure()
                        .map(f -> new PopulationYear(f.year(), f.residentPopulation(), false, f.kind(), f.source()))
                        .orElse(new PopulationYear(row.year(), null, true, null, null)))
                .toList();
        return new JurisdictionDetail(
                j.code(),
                j.shortCode(),
                j.name(),
                j.level().name(),
                jurisdictions.path(j.code()).stream().map(Ref::of).toList(),
                jurisdictions.children(j.code()).stream().map(Ref::of).toList(),
                years,
                units.of(j.code()));
    }

    @PutMapping("/{code}/population/{year}")
    @Operation(summary = "Add or correct a year's resident population (officers of the jurisdiction) / 新增或更正常住人口")
    PopulationFigure putPopulation(
            @PathVariable String code, @PathVariable int year, @RequestBody PopulationInput input) {
        Jurisdiction j = jurisdictions.get(code);
        return population.save(
                j.code(),
                new Population.Correction(
                        year, wholePersons(input.residentPopulation()), input.kind(), input.source()));
    }

    private static Long wholePersons(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 0) {
            throw new InvalidInputException(
                    "residentPopulation",
                    "常住人口须为整数，单位为人（不是万人）/ resident population must be a whole number of persons, not 万人: "
                            + value.toPlainString());
        }
        return value.longValueExact();
    }
}
