package cn.ipcity.metrics.web;

import cn.ipcity.metrics.IndicatorProgress;
import cn.ipcity.metrics.ProgramProgress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "progress", description = "指标进度 / progress against targets")
class ProgressApiController {

    private final ProgramProgress progress;
    private final Clock clock;

    ProgressApiController(ProgramProgress progress, Clock clock) {
        this.progress = progress;
        this.clock = clock;
    }

    @GetMapping("/api/v1/programs/{code}/progress")
    @Operation(
            summary = "Progress of every numeric indicator at a date / 各指标进度",
            description = "asOf defaults to today (Asia/Shanghai). Indicators whose measure is not computed yet have"
                    + " source NOT_COMPUTED and no progress.")
    List<IndicatorProgress> progress(@PathVariable String code, @RequestParam(required = false) LocalDate asOf) {
        return progress.of(code, asOf == null ? LocalDate.now(clock) : asOf);
    }
}
