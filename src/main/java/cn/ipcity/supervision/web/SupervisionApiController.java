package cn.ipcity.supervision.web;

import cn.ipcity.common.InvalidInputException;
import cn.ipcity.supervision.Assignment;
import cn.ipcity.supervision.DeadlineChecker;
import cn.ipcity.supervision.Milestone;
import cn.ipcity.supervision.Report;
import cn.ipcity.supervision.Reports;
import cn.ipcity.supervision.SupervisedProgram;
import cn.ipcity.supervision.Supervision;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "supervision", description = "督查督办：任务分解、进展报告、督办 / assignments, reports, escalation")
class SupervisionApiController {

    private final Supervision supervision;
    private final Reports reports;
    private final DeadlineChecker checker;

    SupervisionApiController(Supervision supervision, Reports reports, DeadlineChecker checker) {
        this.supervision = supervision;
        this.reports = reports;
        this.checker = checker;
    }

    record Versioned(Integer version) {
        int required() {
            if (version == null) {
                throw new InvalidInputException("version", "须给出读取时的版本号 / version (as read) is required");
            }
            return version;
        }
    }

    record RoleChange(Assignment.UnitRole role, Integer version) {}

    record NewAssignment(Long unitId, Assignment.UnitRole role) {}

    record Review(String comment, Integer version) {}

    record ReportEdit(
            String text,
            Integer percentComplete,
            Map<String, String> milestoneStatus,
            List<String> indicatorCodes,
            Boolean submit,
            Integer version) {}

    @PostMapping("/programs/{code}/supervision")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start supervision: assign every task to its units / 启动督办，生成任务分解")
    Map<String, Object> start(@PathVariable String code, @RequestBody Supervision.Start start) {
        int created = supervision.start(code, start);
        return Map.of("program", code, "assignments", created);
    }

    @GetMapping("/programs/{code}/supervision")
    @Operation(summary = "Supervision settings of a program / 督办设置")
    SupervisedProgram settings(@PathVariable String code) {
        supervision.assignments(code); // access check
        return supervision.find(code).orElseThrow(() -> new cn.ipcity.common.NotFoundException("supervision", code));
    }

    @GetMapping("/programs/{code}/assignments")
    @Operation(summary = "Assignments of a program the caller may see / 方案的任务分解")
    List<Assignment> assignments(@PathVariable String code) {
        return supervision.assignments(code);
    }

    @PostMapping("/programs/{code}/tasks/{section}/{task}/assignments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a unit to a task / 增加责任单位")
    Assignment addUnit(
            @PathVariable String code,
            @PathVariable String section,
            @PathVariable String task,
            @RequestBody NewAssignment body) {
        if (body.unitId() == null) {
            throw new InvalidInputException("unitId", "须指定单位 / unitId is required");
        }
        return supervision.addUnit(code, section, task, body.unitId(), body.role());
    }

    @GetMapping("/assignments/{id}")
    @Operation(summary = "One assignment / 任务详情")
    Assignment assignment(@PathVariable long id) {
        return supervision.assignment(id);
    }

    @PutMapping("/assignments/{id}/role")
    @Operation(summary = "Make the unit lead or co-unit / 调整牵头、配合")
    Assignment role(@PathVariable long id, @RequestBody RoleChange body) {
        return supervision.changeRole(id, body.role(), new Versioned(body.version()).required());
    }

    @PostMapping("/assignments/{id}/remove")
    @Operation(summary = "Take the unit off the task / 移除责任单位")
    Assignment remove(@PathVariable long id, @RequestBody Versioned body) {
        return supervision.remove(id, body.required());
    }

    @PostMapping("/assignments/{id}/complete")
    @Operation(summary = "Close an assignment as completed / 办结")
    Assignment complete(@PathVariable long id, @RequestBody Versioned body) {
        return supervision.complete(id, body.required());
    }

    @PostMapping("/assignments/{id}/reopen")
    @Operation(summary = "Reopen a completed assignment / 重新打开")
    Assignment reopen(@PathVariable long id, @RequestBody Versioned body) {
        return supervision.reopen(id, body.required());
    }

    @GetMapping("/assignments/{id}/reports")
    @Operation(summary = "Reports of an assignment with all revisions / 进展报告")
    List<Report> reportsOf(@PathVariable long id) {
        return reports.reportsOf(id);
    }

    @PostMapping("/assignments/{id}/reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A unit reports progress (submitted unless submit=false) / 报送进展")
    Report createReport(@PathVariable long id, @RequestBody Reports.Draft draft) {
        return reports.create(id, draft);
    }

    @GetMapping("/assignments/{id}/notices")
    @Operation(summary = "Reminders and 督办单 recorded for an assignment / 督办记录")
    List<DeadlineChecker.Notice> notices(@PathVariable long id) {
        return checker.notices(id);
    }

    @GetMapping("/reports/{id}")
    @Operation(summary = "A report with its revisions and files / 报告详情")
    Report report(@PathVariable long id) {
        return reports.report(id);
    }

    @PutMapping("/reports/{id}")
    @Operation(summary = "Revise a draft or returned report / 修改报告")
    Report edit(@PathVariable long id, @RequestBody ReportEdit body) {
        return reports.update(
                id,
                new Reports.Draft(
                        null,
                        body.text(),
                        body.percentComplete(),
                        body.milestoneStatus(),
                        body.indicatorCodes(),
                        body.submit()),
                new Versioned(body.version()).required());
    }

    @PostMapping("/reports/{id}/submit")
    @Operation(summary = "Submit a draft or revised report / 提交")
    Report submit(@PathVariable long id, @RequestBody Versioned body) {
        return reports.submit(id, body.required());
    }

    @PostMapping("/reports/{id}/accept")
    @Operation(summary = "Accept a submitted report / 审核通过")
    Report accept(@PathVariable long id, @RequestBody Review body) {
        return reports.accept(id, body.comment(), new Versioned(body.version()).required());
    }

    @PostMapping("/reports/{id}/return")
    @Operation(summary = "Return a report for revision with a comment / 退回修改")
    Report returnReport(@PathVariable long id, @RequestBody Review body) {
        return reports.returnForRevision(id, body.comment(), new Versioned(body.version()).required());
    }

    @PostMapping(value = "/reports/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach an evidence file / 上传佐证材料")
    Report.EvidenceFile attach(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        return reports.attach(
                id, new Reports.Upload(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
    }

    @GetMapping("/files/{id}")
    @Operation(summary = "Download an evidence file / 下载佐证材料")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        Reports.FileContent content = reports.file(id);
        return download(content);
    }

    static ResponseEntity<byte[]> download(Reports.FileContent content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.file().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(content.file().fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-SHA256", content.file().sha256())
                .body(content.bytes());
    }

    @GetMapping("/programs/{code}/milestones")
    @Operation(summary = "Annual plan milestones of a program / 年度推进计划节点")
    List<Milestone> milestones(@PathVariable String code) {
        return supervision.milestones(code);
    }

    @PostMapping("/programs/{code}/tasks/{section}/{task}/milestones")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a milestone to a task's annual plan / 新增计划节点")
    Milestone addMilestone(
            @PathVariable String code,
            @PathVariable String section,
            @PathVariable String task,
            @RequestBody Supervision.NewMilestone body) {
        return supervision.addMilestone(code, section, task, body);
    }
}
