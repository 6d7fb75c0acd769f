package cn.ipcity.metrics.web;

import cn.ipcity.common.InvalidInputException;
import cn.ipcity.metrics.ReportedValue;
import cn.ipcity.metrics.ReportedValues;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/programs/{code}/indicators/{indicatorCode}/reported-values")
@Tag(name = "reported-values", description = "单位填报的指标值 / values reported by responsible units")
class ReportedValueApiController {

    private final ReportedValues values;

    ReportedValueApiController(ReportedValues values) {
        this.values = values;
    }

    record EntryBody(Integer year, BigDecimal value, String unit, String evidence, Integer version) {}

    record ActionBody(Integer version, String comment) {}

    @GetMapping
    @Operation(summary = "Reported values of an indicator, by year / 指标填报值")
    List<ReportedValue> list(@PathVariable String code, @PathVariable String indicatorCode) {
        return values.list(code, indicatorCode);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A unit reporter enters a value as a draft / 填报（草稿）")
    ReportedValue create(@PathVariable String code, @PathVariable String indicatorCode, @RequestBody EntryBody body) {
        return values.create(
                code, indicatorCode, new ReportedValues.Entry(body.year(), body.value(), body.unit(), body.evidence()));
    }

    @PutMapping("/{year}")
    @Operation(summary = "Change a draft or returned value (name the version you saw) / 修改草稿或被退回的填报值")
    ReportedValue update(
            @PathVariable String code,
            @PathVariable String indicatorCode,
            @PathVariable int year,
            @RequestBody EntryBody body) {
        return values.update(
                code,
                indicatorCode,
                year,
                new ReportedValues.Entry(body.year(), body.value(), body.unit(), body.evidence()),
                version(body.version()));
    }

    @PostMapping("/{year}/submit")
    @Operation(summary = "Submit for review / 提交审核")
    ReportedValue submit(
            @PathVariable String code,
            @PathVariable String indicatorCode,
            @PathVariable int year,
            @RequestBody ActionBody body) {
        return values.submit(code, indicatorCode, year, version(body.version()));
    }

    @PostMapping("/{year}/approve")
    @Operation(summary = "The program officer approves; the value is then locked / 审核通过（锁定）")
    ReportedValue approve(
            @PathVariable String code,
            @PathVariable String indicatorCode,
            @PathVariable int year,
            @RequestBody ActionBody body) {
        return values.approve(code, indicatorCode, year, version(body.version()));
    }

    @PostMapping("/{year}/return")
    @Operation(summary = "The program officer returns it with a comment / 退回修改")
    ReportedValue returnForCorrection(
            @PathVariable String code,
            @PathVariable String indicatorCode,
            @PathVariable int year,
            @RequestBody ActionBody body) {
        return values.returnForCorrection(code, indicatorCode, year, version(body.version()), body.comment());
    }

    @PostMapping("/{year}/reopen")
    @Operation(summary = "Correction: the officer reopens an approved value with the reason / 更正：重新打开已通过的值")
    ReportedValue reopen(
            @PathVariable String code,
            @PathVariable String indicatorCode,
            @PathVariable int year,
            @RequestBody ActionBody body) {
        return values.reopen(code, indicatorCode, year, version(body.version()), body.comment());
    }

    private static int version(Integer version) {
        if (version == null) {
            throw new InvalidInputException("version", "须提供所见版本号 / name the version you saw ('version')");
        }
        return version;
    }
}
