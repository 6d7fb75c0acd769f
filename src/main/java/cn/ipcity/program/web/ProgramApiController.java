package cn.ipcity.program.web;

import cn.ipcity.common.JurisdictionCodes;
import cn.ipcity.program.Indicator;
import cn.ipcity.program.Program;
import cn.ipcity.program.Programs;
import cn.ipcity.program.Section;
import cn.ipcity.program.Task;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/programs")
@Tag(name = "programs", description = "工作方案 / work programs")
class ProgramApiController {

    private final Programs programs;

    ProgramApiController(Programs programs) {
        this.programs = programs;
    }

    record ProgramSummary(
            String code,
            String title,
            String titleEn,
            String documentNumber,
            String jurisdictionCode,
            LocalDate periodStart,
            LocalDate periodEnd,
            String status,
            int indicatorCount,
            int numericIndicatorCount,
            int taskCount) {

        static ProgramSummary of(Program p) {
            return new ProgramSummary(
                    p.code(),
                    p.titleZh(),
                    p.titleEn(),
                    p.documentNumber(),
                    JurisdictionCodes.significant(p.jurisdictionCode()),
                    p.periodStart(),
                    p.periodEnd(),
                    p.status().name(),
                    p.indicators().size(),
                    p.numericIndicators().size(),
                    p.taskCount());
        }
    }

    record IndicatorView(
            String code,
            String name,
            String nameEn,
            String unit,
            BigDecimal target,
            String baseUnit,
            BigDecimal targetInBaseUnit,
            String targetKind,
            String comparator,
            String attribute,
            String sourceQuote,
            String measure,
            BigDecimal baseline,
            String note) {

        static IndicatorView of(Indicator i) {
            return new IndicatorView(
                    i.code(),
                    i.name(),
                    i.nameEn(),
                    i.unit() == null ? null : i.unit().symbol(),
                    i.target(),
                    i.unit() == null ? null : i.unit().baseSymbol(),
                    i.targetInBaseUnit(),
                    i.targetKind().name(),
                    i.comparator() == null ? null : i.comparator().name(),
                    i.attribute().name(),
                    i.sourceQuote(),
                    i.measure(),
                    i.baseline(),
                    i.note());
        }
    }

    record TaskView(
            String section,
            String sectionTitle,
            String number,
            String title,
            String text,
            List<String> units,
            String lead,
            List<Task.SubItem> subItems) {

        static TaskView of(Section s, Task t) {
            return new TaskView(
                    s.number(), s.title(), t.number(), t.title(), t.text(), t.units(), t.lead(), t.subItems());
        }
    }

    record ProgramDetail(
            String code,
            String title,
            String titleEn,
            String documentNumber,
            String issuingBody,
            LocalDate issueDate,
            String jurisdictionCode,
            LocalDate periodStart,
            LocalDate periodEnd,
            String status,
            List<Program.Supersession> supersedes,
            int indicatorCount,
            int numericIndicatorCount,
            int taskCount,
            List<IndicatorView> indicators,
            List<TaskView> tasks) {}

    @GetMapping
    @Operation(summary = "All work programs / 全部工作方案")
    List<ProgramSummary> list() {
        return programs.all().stream().map(ProgramSummary::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "A program with its indicators and numbered tasks / 工作方案详情")
    ProgramDetail get(@PathVariable String code) {
        Program p = programs.get(code);
        return new ProgramDetail(
                p.code(),
                p.titleZh(),
                p.titleEn(),
                p.documentNumber(),
                p.issuingBody(),
                p.issueDate(),
                JurisdictionCodes.significant(p.jurisdictionCode()),
                p.periodStart(),
                p.periodEnd(),
                p.status().name(),
                p.supersedes(),
                p.indicators().size(),
                p.numericIndicators().size(),
                p.taskCount(),
                p.indicators().stream().map(IndicatorView::of).toList(),
                p.sections().stream()
                        .flatMap(s -> s.tasks().stream().map(t -> TaskView.of(s, t)))
                        .toList());
    }

    @GetMapping(value = "/{code}/source", produces = MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8")
    @Operation(summary = "The government document the program was encoded from / 方案原文")
    String source(@PathVariable String code) {
        return programs.sourceText(code);
    }
}
