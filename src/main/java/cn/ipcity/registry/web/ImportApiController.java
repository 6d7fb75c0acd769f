package cn.ipcity.registry.web;

import cn.ipcity.registry.ImportJob;
import cn.ipcity.registry.Imports;
import cn.ipcity.registry.importing.ImportProfile;
import cn.ipcity.registry.importing.ImportProfiles;
import cn.ipcity.registry.importing.RowError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "imports", description = "批量导入与导入配置 / bulk import jobs and mapping profiles")
class ImportApiController {

    private final Imports imports;
    private final ImportProfiles profiles;

    ImportApiController(Imports imports, ImportProfiles profiles) {
        this.imports = imports;
        this.profiles = profiles;
    }

    record JobId(long jobId) {}

    record JobStatus(
            long jobId,
            String status,
            String type,
            String profile,
            String fileName,
            String sha256,
            String encoding,
            int percent,
            long rowsRead,
            long rowsImported,
            long rowsInserted,
            long rowsUpdated,
            long rowsUnchanged,
            long rowsRejected,
            long errorCount,
            String message,
            List<String> warnings,
            List<RowError> errors) {
        static JobStatus of(ImportJob j, List<RowError> errors) {
            return new JobStatus(
                    j.id(),
                    j.status().name(),
                    j.recordType(),
                    j.profileName(),
                    j.fileName(),
                    j.fileSha256(),
                    j.encoding(),
                    j.percent(),
                    j.rowsRead(),
                    j.rowsImported(),
                    j.rowsInserted(),
                    j.rowsUpdated(),
                    j.rowsUnchanged(),
                    j.rowsRejected(),
                    j.errorCount(),
                    j.message(),
                    j.warnings(),
                    errors);
        }
    }

    record ProfileSummary(String name, String type, String description, boolean builtin, Map<String, String> columns) {}

    @PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Queue an import job / 提交导入任务",
            description = "file: CSV (UTF-8 or GBK) or XLSX; type: party, patent, patent-event, trademark; profile: "
                    + "a mapping profile name (default cn-<type>); encoding: auto (default), UTF-8 or GBK.")
    JobId submit(
            @RequestParam("file") MultipartFile file,
            @RequestParam("type") String type,
            @RequestParam(value = "profile", required = false) String profile,
            @RequestParam(value = "encoding", required = false) String encoding)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return new JobId(imports.submit(file.getOriginalFilename(), in, type, profile, encoding));
        }
    }

    @GetMapping("/imports/{jobId}")
    @Operation(summary = "Status, counts and the first 1000 errors of a job / 导入任务状态")
    JobStatus job(@PathVariable long jobId) {
        return JobStatus.of(imports.job(jobId), imports.errors(jobId, 1000));
    }

    @GetMapping("/imports")
    @Operation(summary = "Import history (newest first) / 导入历史")
    List<JobStatus> history(@RequestParam(defaultValue = "50") int limit) {
        return imports.history(Math.min(Math.max(limit, 1), 500)).stream()
                .map(j -> JobStatus.of(j, List.of()))
                .toList();
    }

    @GetMapping("/imports/{jobId}/errors.csv")
    @Operation(summary = "The full error report as CSV / 下载错误报告")
    void errorsCsv(@PathVariable long jobId, HttpServletResponse response) throws IOException {
        imports.job(jobId);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + jobId + "-errors.csv\"");
        imports.writeErrorsCsv(jobId, response.getOutputStream());
    }

    @PostMapping(
            value = "/import-profiles",
            consumes = {
                "application/yaml",
                "application/x-yaml",
                "text/yaml",
                MediaType.TEXT_PLAIN_VALUE,
                MediaType.APPLICATION_OCTET_STREAM_VALUE
            })
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Define or replace a mapping profile (YAML body) / 定义导入配置")
    ProfileSummary saveProfile(@RequestBody String yaml) {
        return summary(profiles.save(yaml), false);
    }

    @GetMapping("/import-profiles")
    @Operation(summary = "Mapping profiles / 导入配置")
    List<ProfileSummary> profiles() {
        return profiles.all().stream()
                .map(p -> summary(p.profile(), p.builtin()))
                .toList();
    }

    private static ProfileSummary summary(ImportProfile p, boolean builtin) {
        return new ProfileSummary(p.name(), p.type().code(), p.description(), builtin, p.columns());
    }
}
