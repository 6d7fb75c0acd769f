package cn.ipcity.metrics.web;

import cn.ipcity.jurisdiction.Jurisdictions;
import cn.ipcity.metrics.MeasureQuery;
import cn.ipcity.metrics.MeasureValue;
import cn.ipcity.metrics.Measures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/measures")
@Tag(name = "measures", description = "计算口径 / measures")
class MeasureApiController {

    private final Measures measures;
    private final Jurisdictions jurisdictions;

    MeasureApiController(Measures measures, Jurisdictions jurisdictions) {
        this.measures = measures;
        this.jurisdictions = jurisdictions;
    }

    @GetMapping("/{code}")
    @Operation(
            summary = "A measure's value for a jurisdiction / 指标口径取值",
            description = "Stocks and ratios at `asOf` (or `to`); flows over `from`..`to`. `availability` says whether"
                    + " the value exists (AVAILABLE), is missing (MISSING, e.g. a year without population), or is not"
                    + " computed yet (NOT_COMPUTED: the registry-based measures).")
    MeasureValue value(
            @PathVariable String code,
            @RequestParam String jurisdiction,
            @RequestParam(required = false) LocalDate asOf,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        jurisdictions.get(jurisdiction);
        return measures.value(code, new MeasureQuery(jurisdiction, from, to != null ? to : asOf));
    }
}
