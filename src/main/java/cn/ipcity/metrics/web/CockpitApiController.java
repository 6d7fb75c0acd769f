package cn.ipcity.metrics.web;

import cn.ipcity.metrics.Cockpit;
import cn.ipcity.metrics.CockpitView;
import cn.ipcity.metrics.Comparison;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "cockpit", description = "驾驶舱 / monitoring cockpit")
class CockpitApiController {

    private final Cockpit cockpit;
    private final Clock clock;

    CockpitApiController(Cockpit cockpit, Clock clock) {
        this.cockpit = cockpit;
        this.clock = clock;
    }

    @GetMapping("/api/v1/programs/{code}/cockpit")
    @Operation(
            summary = "A program's cockpit: indicator cards and quarterly series / 驾驶舱指标卡与季度序列",
            description = "One card per numeric indicator: actual, baseline, target, achievement, forecast and status"
                    + " in base units, the same figures formatted (万件, 亿元), and a chart of quarter ends over the"
                    + " period: actual (up to asOf), planned trajectory and target level, divided by `divisor` and shown"
                    + " in `unit`. status is a progress status or NOT_COMPUTED (no source computes the measure yet:"
                    + " no value, never 0). asOf defaults to today (Asia/Shanghai).")
    CockpitView cockpit(@PathVariable String code, @RequestParam(required = false) LocalDate asOf) {
        return cockpit.of(code, asOf == null ? LocalDate.now(clock) : asOf);
    }

    @GetMapping("/api/v1/cockpit/compare")
    @Operation(
            summary = "Measures compared across jurisdictions / 各地区指标对比",
            description = "Stocks and ratios at asOf, flows over the calendar year up to asOf. Each value has its"
                    + " availability (AVAILABLE, MISSING, NOT_COMPUTED), its text (12.35万件) and a chart value in the"
                    + " row's chartUnit. Up to 40 measures and 40 jurisdictions.")
    Comparison compare(
            @Parameter(description = "measure codes, comma-separated, e.g. valid_invention_patents_per_10k")
                    @RequestParam
                    String measure,
            @Parameter(description = "jurisdiction codes, comma-separated, e.g. 3710,3706,3703") @RequestParam
                    String jurisdictions,
            @RequestParam(required = false) LocalDate asOf) {
        return cockpit.compare(list(measure), list(jurisdictions), asOf == null ? LocalDate.now(clock) : asOf);
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
