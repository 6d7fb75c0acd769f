package cn.ipcity.metrics.web;

import cn.ipcity.common.InvalidInputException;
import cn.ipcity.metrics.HighValueAssessment;
import cn.ipcity.metrics.HighValuePatents;
import cn.ipcity.metrics.PledgeThreshold;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "high-value", description = "高价值发明专利判定 / high-value invention patents")
class HighValuePatentApiController {

    private final HighValuePatents highValue;

    HighValuePatentApiController(HighValuePatents highValue) {
        this.highValue = highValue;
    }

    @GetMapping("/api/v1/high-value/pledge-thresholds")
    @Operation(
            summary = "Pledge thresholds of condition (4) by date / 质押融资金额门槛",
            description = "Amounts in 元 with the date each is in force from; `unconfirmedDefault` marks the configured"
                    + " default (默认值，待确认), used where no value was entered")
    List<PledgeThreshold> thresholds() {
        return highValue.pledgeThresholds();
    }

    @PostMapping("/api/v1/high-value/pledge-thresholds")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Enter a dated pledge threshold (administrators) / 设定质押融资金额门槛",
            description = "Body `{validFrom, amountYuan, note}`; amount > 0 in 元. A date entered again replaces its"
                    + " amount. Audited; the high-value rules are rebuilt after the commit.")
    PledgeThreshold addThreshold(@RequestBody HighValuePatents.NewThreshold body) {
        return highValue.addPledgeThreshold(body);
    }

    @GetMapping("/api/v1/patents/{applicationNumber}/high-value")
    @Operation(
            summary = "Why a patent counts as high-value at a date / 高价值发明专利判定依据",
            description = "State, holders and attributed county at `asOf` (default today) and each of the five"
                    + " conditions with its details: matched SEI rules, family members, years maintained,"
                    + " pledges against the threshold in force, awards")
    HighValueAssessment assess(@PathVariable String applicationNumber, @RequestParam(required = false) String asOf) {
        return highValue.assess(applicationNumber, date(asOf));
    }

    static LocalDate date(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    "asOf", "日期格式应为 2024-12-31 / date must look like 2024-12-31: '" + raw + "'");
        }
    }
}
