package cn.ipcity.metrics.web;

import cn.ipcity.metrics.SeiClassification;
import cn.ipcity.metrics.StrategicEmergingIndustries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/high-value")
@Tag(name = "high-value", description = "高价值发明专利判定 / high-value invention patents")
class HighValueApiController {

    private final StrategicEmergingIndustries industries;

    HighValueApiController(StrategicEmergingIndustries industries) {
        this.industries = industries;
    }

    record PatentText(List<String> ipc, String title, String abstractText) {}

    @PostMapping("/strategic-emerging-industry")
    @Operation(
            summary = "Which SEI–IPC concordance rules a patent matches / 战略性新兴产业判定",
            description = "IPC symbols (main first), title and abstract → matching branch and rule of the"
                    + " concordance, with the table version")
    SeiClassification classify(@RequestBody PatentText patent) {
        return industries.classify(patent.ipc(), patent.title(), patent.abstractText());
    }
}
