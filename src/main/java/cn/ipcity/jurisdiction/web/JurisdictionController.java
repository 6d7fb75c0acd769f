package cn.ipcity.jurisdiction.web;

import cn.ipcity.account.CurrentUsers;
import cn.ipcity.common.InvalidInputException;
import cn.ipcity.jurisdiction.GovernmentUnits;
import cn.ipcity.jurisdiction.Jurisdiction;
import cn.ipcity.jurisdiction.Jurisdictions;
import cn.ipcity.jurisdiction.Population;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class JurisdictionController {

    private final Jurisdictions jurisdictions;
    private final Population population;
    private final GovernmentUnits units;
    private final CurrentUsers currentUsers;

    JurisdictionController(
            Jurisdictions jurisdictions, Population population, GovernmentUnits units, CurrentUsers currentUsers) {
        this.jurisdictions = jurisdictions;
        this.population = population;
        this.units = units;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/jurisdictions")
    String index(Model model) {
        model.addAttribute("provinces", jurisdictions.provinces());
        return "jurisdictions/index";
    }

    @GetMapping("/jurisdictions/{code}")
    String show(@PathVariable String code, Model model) {
        Jurisdiction jurisdiction = jurisdictions.get(code);
        model.addAttribute("jurisdiction", jurisdiction);
        model.addAttribute("path", jurisdictions.path(jurisdiction.code()));
        model.addAttribute("children", jurisdictions.children(jurisdiction.code()));
        model.addAttribute("units", units.of(jurisdiction.code()));
        addPopulation(model, jurisdiction);
        return "jurisdictions/show";
    }

    /** htmx posts here and gets the population fragment back; a plain form post gets the whole page. */
    @PostMapping("/jurisdictions/{code}/population")
    String savePopulation(
            @PathVariable String code,
            @RequestParam String year,
            @RequestParam String residentPopulation,
            @RequestParam String kind,
            @RequestParam String source,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        Jurisdiction jurisdiction = jurisdictions.get(code);
        try {
            population.save(
                    jurisdiction.code(),
                    new Population.Correction(
                            parseInt("year", year), parseLong("residentPopulation", residentPopulation), kind, source));
            model.addAttribute("saved", true);
        } catch (InvalidInputException e) {
            model.addAttribute("formError", e.getMessage());
            model.addAttribute("formField", e.field());
        }
        if (htmx != null) {
            model.addAttribute("jurisdiction", jurisdiction);
            addPopulation(model, jurisdiction);
            return "jurisdictions/show :: population";
        }
        return show(code, model);
    }

    private void addPopulation(Model model, Jurisdiction jurisdiction) {
        model.addAttribute("populationRows", population.yearTable(jurisdiction.code()));
        model.addAttribute(
                "canManage",
                currentUsers
                        .current()
                        .map(u -> u.canManage(jurisdiction.code()))
                        .orElse(false));
    }

    private static int parseInt(String field, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "年份须为整数 / year must be a whole number: '" + value + "'");
        }
    }

    private static long parseLong(String field, String value) {
        try {
            return Long.parseLong(value.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(
                    field, "常住人口须为整数（人）/ resident population must be a whole number of persons: '" + value + "'");
        }
    }
}
