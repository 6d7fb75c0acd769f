package cn.ipcity.metrics.web;

import cn.ipcity.metrics.Cockpit;
import cn.ipcity.metrics.CockpitExport;
import cn.ipcity.metrics.CockpitView;
import cn.ipcity.metrics.Comparison;
import cn.ipcity.metrics.ProgressRules;
import cn.ipcity.program.Programs;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cockpit pages and the indicator-table exports. Like the program pages, every signed-in user may view any
 * program's cockpit: the figures are the program's public targets and statistics, and leaders (VIEWER) are the
 * main audience.
 */
@Controller
class CockpitController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final Cockpit cockpit;
    private final Programs programs;
    private final JsonMapper json;
    private final Clock clock;

    CockpitController(Cockpit cockpit, Programs programs, JsonMapper json, Clock clock) {
        this.cockpit = cockpit;
        this.programs = programs;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/programs/{code}/cockpit")
    String page(@PathVariable String code, @RequestParam(required = false) LocalDate asOf, Model model) {
        CockpitView view = cockpit.of(code, date(asOf));
        Map<String, String> charts = new LinkedHashMap<>();
        for (CockpitView.Card card : view.cards()) {
            // a chart without a single actual value would only repeat the target printed on the card
            if (card.chart() != null && card.chart().points().stream().anyMatch(p -> p.actual() != null)) {
                charts.put(card.indicator(), json.writeValueAsString(card.chart()));
            }
        }
        model.addAttribute("program", programs.get(code));
        model.addAttribute("view", view);
        model.addAttribute("charts", charts);
        model.addAttribute("legend", CockpitView.Status.values());
        model.addAttribute(
                "atRiskPercent",
                ProgressRules.DEFAULT
                        .atRiskShare()
                        .multiply(BigDecimal.valueOf(100))
                        .stripTrailingZeros()
                        .toPlainString());
        model.addAttribute(
                "defaultMeasure",
                view.compareMeasures().stream()
                        .filter(CockpitView.MeasureOption::computable)
                        .findFirst()
                        .orElse(view.compareMeasures().get(0))
                        .code());
        return "metrics/cockpit";
    }

    @GetMapping("/programs/{code}/cockpit.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String code, @RequestParam(required = false) LocalDate asOf) {
        CockpitView view = cockpit.of(code, date(asOf));
        return file(CockpitExport.xlsx(view), XLSX, "cockpit-" + code + "-" + view.asOf() + ".xlsx");
    }

    @GetMapping("/programs/{code}/cockpit.csv")
    ResponseEntity<byte[]> csv(@PathVariable String code, @RequestParam(required = false) LocalDate asOf) {
        CockpitView view = cockpit.of(code, date(asOf));
        return file(CockpitExport.csv(view), CSV, "cockpit-" + code + "-" + view.asOf() + ".csv");
    }

    @GetMapping("/cockpit/province")
    String province(@RequestParam(required = false) LocalDate asOf, Model model) {
        Comparison comparison = cockpit.compare(Cockpit.PROVINCE_MEASURES, Cockpit.PROVINCE_CITIES, date(asOf));
        Map<String, String> rows = new LinkedHashMap<>();
        for (Comparison.Row row : comparison.measures()) {
            rows.put(row.measure(), json.writeValueAsString(row));
        }
        model.addAttribute("comparison", comparison);
        model.addAttribute("rowJson", rows);
        model.addAttribute("cities", comparison.measures().get(0).values());
        return "metrics/cockpit-province";
    }

    private LocalDate date(LocalDate asOf) {
        return asOf == null ? LocalDate.now(clock) : asOf;
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
