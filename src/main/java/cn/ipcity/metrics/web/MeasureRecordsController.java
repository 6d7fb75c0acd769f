package cn.ipcity.metrics.web;

import cn.ipcity.jurisdiction.Jurisdictions;
import cn.ipcity.metrics.MeasureQuery;
import cn.ipcity.metrics.Measures;
import cn.ipcity.metrics.facts.MeasureRecordExports;
import cn.ipcity.metrics.facts.MeasureRecords;
import cn.ipcity.program.Measure;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The records behind a figure: JSON, a page and an Excel export, all with the same conditions as the count. */
@Controller
@Tag(name = "measures", description = "计算口径 / measures")
class MeasureRecordsController {

    private final MeasureRecords records;
    private final MeasureRecordExports exports;
    private final Measures measures;
    private final Jurisdictions jurisdictions;
    private final Clock clock;

    MeasureRecordsController(
            MeasureRecords records,
            MeasureRecordExports exports,
            Measures measures,
            Jurisdictions jurisdictions,
            Clock clock) {
        this.records = records;
        this.exports = exports;
        this.measures = measures;
        this.jurisdictions = jurisdictions;
        this.clock = clock;
    }

    @GetMapping("/api/v1/measures/{code}/records")
    @ResponseBody
    @Operation(
            summary = "The records a figure counts / 指标明细",
            description = "Exactly the records counted for the measure (a ratio: its numerator) in the jurisdiction"
                    + " at `asOf` (stocks) or over `from`..`to` (flows), paged (size ≤ 500). Each item says why it"
                    + " counts: its kind, the county it is attributed to and the period (or date and amount).")
    MeasureRecords.Page api(
            @PathVariable String code,
            @RequestParam String jurisdiction,
            @RequestParam(required = false) LocalDate asOf,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int size) {
        jurisdictions.get(jurisdiction);
        return records.page(code, jurisdiction, from, to != null ? to : asOf, page, size);
    }

    @GetMapping("/api/v1/high-value/breakdown")
    @ResponseBody
    @Operation(
            summary = "High-value patents by condition and their overlap / 高价值发明专利按条件及重叠",
            description = "The total, the count per condition (SEI, FAMILY_ABROAD, MAINTAINED_10_YEARS, PLEDGE, AWARD)"
                    + " and the count per combination of conditions, for the valid invention patents held in the"
                    + " jurisdiction at `asOf`.")
    MeasureRecords.HighValueBreakdown highValueBreakdown(
            @RequestParam String jurisdiction, @RequestParam(required = false) LocalDate asOf) {
        jurisdictions.get(jurisdiction);
        return records.highValueBreakdown(jurisdiction, asOf != null ? asOf : LocalDate.now(clock));
    }

    @GetMapping("/measures/{code}/records")
    String page(
            @PathVariable String code,
            @RequestParam String jurisdiction,
            @RequestParam(required = false) LocalDate asOf,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        LocalDate end = to != null ? to : asOf != null ? asOf : LocalDate.now(clock);
        Measure measure = measures.measure(code);
        Measure counted = measures.measure(records.laneOf(code).measure());
        LocalDate start = counted.kind() == Measure.Kind.FLOW && from == null ? end.withDayOfYear(1) : from;
        model.addAttribute("measure", measure);
        model.addAttribute("counted", counted);
        model.addAttribute("jurisdiction", jurisdictions.get(jurisdiction));
        model.addAttribute("from", counted.kind() == Measure.Kind.FLOW ? start : null);
        model.addAttribute("to", end);
        model.addAttribute(
                "value",
                measures.value(
                        code,
                        new MeasureQuery(jurisdiction, measure.kind() == Measure.Kind.STOCK ? null : start, end)));
        model.addAttribute("result", records.page(code, jurisdiction, start, end, page, 50));
        return "metrics/records";
    }

    @GetMapping("/measures/{code}/records.xlsx")
    void xlsx(
            @PathVariable String code,
            @RequestParam String jurisdiction,
            @RequestParam(required = false) LocalDate asOf,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            HttpServletResponse response)
            throws IOException {
        jurisdictions.get(jurisdiction);
        LocalDate end = to != null ? to : asOf;
        records.laneOf(code);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("指标明细-" + code + "-" + jurisdiction + "-" + end + ".xlsx", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        exports.xlsx(code, jurisdiction, from, end, response.getOutputStream());
    }
}
