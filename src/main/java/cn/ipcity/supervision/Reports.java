package cn.ipcity.supervision;

import cn.ipcity.account.AuditLog;
import cn.ipcity.account.CurrentUser;
import cn.ipcity.common.InvalidInputException;
import cn.ipcity.common.NotFoundException;
import cn.ipcity.notification.Notifications;
import cn.ipcity.program.Programs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Progress reports: a unit's reporter writes (draft), submits and revises; an officer of the program's
 * jurisdiction accepts or returns with a comment. Every change carries the version the client read
 * (optimistic locking): of two concurrent reviews one wins, the other gets 409.
 */
@Service
public class Reports {

    private static final Set<String> MILESTONE_STATES = java.util.Arrays.stream(MilestoneProgress.values())
            .map(Enum::name)
            .collect(java.util.stream.Collectors.toSet());
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "pdf", "application/pdf",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "txt", "text/plain");

    private final JdbcClient jdbc;
    private final Supervision supervision;
    private final Programs programs;
    private final AuditLog audit;
    private final Notifications notifications;
    private final SupervisionProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    Reports(
            JdbcClient jdbc,
            Supervision supervision,
            Programs programs,
            AuditLog audit,
            Notifications notifications,
            SupervisionProperties properties,
            JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.supervision = supervision;
        this.programs = programs;
        this.audit = audit;
        this.notifications = notifications;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /**
     * What a unit writes.
     *
     * @param period 2026-03 or 2026-Q1 by the program's schedule; null for ad hoc reporting
     * @param submit submit at once (default) or keep as a draft
     */
    public record Draft(
            String period,
            String text,
            Integer percentComplete,
            Map<String, String> milestoneStatus,
            List<String> indicatorCodes,
            Boolean submit) {}

    /** A file as uploaded. */
    public record Upload(String fileName, String contentType, byte[] bytes) {}

    public record FileContent(Report.EvidenceFile file, byte[] bytes) {}

    @Transactional
    public Report create(long assignmentId, Draft draft) {
        Assignment a = supervision.load(assignmentId);
        CurrentUser user = supervision.requireUnitReporter(a);
        if (!a.status().isOpen()) {
            throw new IllegalTransitionException("assignment", a.status().name(), "new report");
        }
        SupervisedProgram sp = supervision.find(a.programCode()).orElseThrow();
        String period = null;
        if (sp.schedule() != Schedule.AD_HOC) {
            Schedule.Period p = sp.schedule().period(draft.period());
            if (p.start().isAfter(LocalDate.now(clock))) {
                throw new InvalidInputException("period", "报告期尚未开始 / the period " + p.label() + " has not begun");
            }
            if (p.end().isBefore(sp.startedOn())) {
                throw new InvalidInputException(
                        "period",
                        "报告期早于督办开始日期 / the period " + p.label() + " ended before supervision began on "
                                + sp.startedOn());
            }
            period = p.label();
        }
        Content c = validate(a, draft);
        long id;
        try {
            id = jdbc.sql(
                            """
                            insert into progress_report (assignment_id, period, status, text, percent_complete,
                                milestone_status, indicator_codes, created_by, created_at, updated_at)
                            values (?, ?, 'DRAFT', ?, ?, cast(? as jsonb), ?, ?, ?, ?) returning id""")
                    .params(
                            a.id(),
                            period,
                            c.text,
                            c.percent,
                            json.writeValueAsString(c.milestones),
                            c.indicators.toArray(String[]::new),
                            user.username(),
                            Timestamp.from(now()),
                            Timestamp.from(now()))
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException(
                    "period", "本期报告已存在，请修改原报告 / a report for " + period + " exists already; revise it");
        }
        audit.record("REPORT_CREATED", "report", String.valueOf(id), jurisdiction(a), null, c.asMap(period));
        Report created = load(id);
        return draft.submit() == null || draft.submit() ? submit(id, created.version()) : created;
    }

    /** Creates a report with its evidence files and submits it, all or nothing (the web form). */
    @Transactional
    public Report createWithFiles(long assignmentId, Draft draft, List<Upload> uploads) {
        Report created = create(
                assignmentId,
                new Draft(
                        draft.period(),
                        draft.text(),
                        draft.percentComplete(),
                        draft.milestoneStatus(),
                        draft.indicatorCodes(),
                        false));
        uploads.forEach(u -> attach(created.id(), u));
        return submit(created.id(), load(created.id()).version());
    }

    /** Revises a draft or returned report, adds files and submits it, all or nothing (the web form). */
    @Transactional
    public Report reviseWithFiles(long reportId, Draft draft, int version, List<Upload> uploads) {
        Report edited = update(
                reportId,
                new Draft(
                        null,
                        draft.text(),
                        draft.percentComplete(),
                        draft.milestoneStatus(),
                        draft.indicatorCodes(),
                        false),
                version);
        uploads.forEach(u -> attach(reportId, u));
        return submit(reportId, load(edited.id()).version());
    }

    /** Changes a draft or a returned report. */
    @Transactional
    public Report update(long reportId, Draft draft, int version) {
        Report r = load(reportId);
        Assignment a = supervision.load(r.assignmentId());
        supervision.requireUnitReporter(a);
        if (!r.status().isEditable()) {
            throw new IllegalTransitionException("report", r.status().name(), "edited");
        }
        Content c = validate(a, draft);
        int changed = jdbc.sql(
                        """
                        update progress_report set text = ?, percent_complete = ?, milestone_status = cast(? as jsonb),
                            indicator_codes = ?, updated_at = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(
                        c.text,
                        c.percent,
                        json.writeValueAsString(c.milestones),
                        c.indicators.toArray(String[]::new),
                        Timestamp.from(now()),
                        reportId,
                        version)
                .update();
        if (changed == 0) {
            throw new StaleVersionException("report", reportId, version);
        }
        audit.record(
                "REPORT_EDITED",
                "report",
                String.valueOf(reportId),
                jurisdiction(a),
                Map.of("text", r.text(), "percent", r.percentComplete()),
                c.asMap(r.period()));
        Report edited = load(reportId);
        return draft.submit() != null && draft.submit() ? submit(reportId, edited.version()) : edited;
    }

    @Transactional
    public Report submit(long reportId, int version) {
        Report r = load(reportId);
        Assignment a = supervision.load(r.assignmentId());
        CurrentUser user = supervision.requireUnitReporter(a);
        ReportStatus next = r.status().submitted();
        Instant now = now();
        setStatus(r, next, version, null, now);
        int revision = r.revisions().size() + 1;
        jdbc.sql(
                        """
                        insert into report_revision (report_id, revision, text, percent_complete, milestone_status,
                            indicator_codes, submitted_by, submitted_at) values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)""")
                .params(
                        reportId,
                        revision,
                        r.text(),
                        r.percentComplete(),
                        json.writeValueAsString(r.milestoneStatus()),
                        r.indicatorCodes().toArray(String[]::new),
                        user.username(),
                        Timestamp.from(now))
                .update();
        jdbc.sql("update progress_report set first_submitted_at = coalesce(first_submitted_at, ?) where id = ?")
                .params(Timestamp.from(now), reportId)
                .update();
        supervision.markStarted(a);
        audit.record(
                "REPORT_" + next.name(),
                "report",
                String.valueOf(reportId),
                jurisdiction(a),
                Map.of("status", r.status()),
                Map.of("status", next, "revision", revision));
        notifications.send(
                supervision.officersOf(jurisdiction(a)),
                "进展报告待审核 / report to review: " + a.unitName() + " · " + taskLabel(a),
                a.unitName() + " 报送了 " + taskLabel(a) + (r.period() == null ? "" : " " + r.period())
                        + " 的进展报告（第 " + revision + " 版）。\n" + a.unitName() + " submitted revision " + revision
                        + " of a progress report.",
                "/supervision/reports/" + reportId);
        return load(reportId);
    }

    @Transactional
    public Report accept(long reportId, String comment, int version) {
        return decide(reportId, ReportStatus.ACCEPTED, comment, version);
    }

    @Transactional
    public Report returnForRevision(long reportId, String comment, int version) {
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("comment", "退回须说明理由 / a returned report needs a comment");
        }
        return decide(reportId, ReportStatus.RETURNED, comment, version);
    }

    private Report decide(long reportId, ReportStatus decision, String comment, int version) {
        Report r = load(reportId);
        Assignment a = supervision.load(r.assignmentId());
        CurrentUser officer = supervision.requireManage(a.programCode());
        ReportStatus next = r.status().moveTo(decision);
        String trimmed = comment == null || comment.isBlank() ? null : comment.trim();
        Instant now = now();
        setStatus(r, next, version, trimmed, now);
        jdbc.sql(
                        """
                        update report_revision set decision = ?, comment = ?, decided_by = ?, decided_at = ?
                        where report_id = ? and revision = ?""")
                .params(
                        decision.name(),
                        trimmed,
                        officer.username(),
                        Timestamp.from(now),
                        reportId,
                        r.revisions().size())
                .update();
        if (decision == ReportStatus.ACCEPTED) {
            supervision.setProgress(a, r.percentComplete());
            LocalDate today = LocalDate.ofInstant(now, clock.getZone());
            r.milestoneStatus().forEach((id, state) -> {
                if ("DONE".equals(state)) {
                    supervision.completeMilestone(Long.parseLong(id), today);
                }
            });
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", next);
        after.put("comment", trimmed);
        audit.record(
                "REPORT_" + next.name(),
                "report",
                String.valueOf(reportId),
                jurisdiction(a),
                Map.of("status", r.status()),
                after);
        String verdict = decision == ReportStatus.ACCEPTED ? "已通过 / accepted" : "被退回 / returned";
        notifications.send(
                supervision.reportersOf(a.unitId()),
                "进展报告" + verdict + ": " + taskLabel(a),
                taskLabel(a) + (r.period() == null ? "" : " " + r.period()) + " 的进展报告" + verdict
                        + (trimmed == null ? "" : "。\n意见 / comment: " + trimmed),
                "/supervision/reports/" + reportId);
        return load(reportId);
    }

    @Transactional(readOnly = true)
    public Report report(long reportId) {
        Report r = load(reportId);
        supervision.requireRead(supervision.user(), supervision.load(r.assignmentId()));
        return r;
    }

    @Transactional(readOnly = true)
    public List<Report> reportsOf(long assignmentId) {
        supervision.assignment(assignmentId);
        return jdbc
                .sql("select id from progress_report where assignment_id = ? order by coalesce(period, ''), id")
                .param(assignmentId)
                .query(Long.class)
                .list()
                .stream()
                .map(this::load)
                .toList();
    }

    /**
     * Stores an evidence file of a draft or returned report. Files are checked against the size limit, the
     * extension allow-list and the format's magic bytes; they are assumed virus-free (no scanner is run: the
     * deployment's file-system scanner or gateway is expected to cover the storage folder).
     */
    @Transactional
    public Report.EvidenceFile attach(long reportId, Upload upload) {
        Report r = load(reportId);
        Assignment a = supervision.load(r.assignmentId());
        CurrentUser user = supervision.requireUnitReporter(a);
        if (!r.status().isEditable()) {
            throw new IllegalTransitionException("report", r.status().name(), "file attached");
        }
        byte[] bytes = upload.bytes();
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("file", "文件为空 / the file is empty");
        }
        if (bytes.length > properties.maxFileSize().toBytes()) {
            throw new InvalidInputException(
                    "file",
                    "文件超过大小限制 / the file is larger than "
                            + properties.maxFileSize().toMegabytes() + " MB");
        }
        String name = upload.fileName() == null
                ? ""
                : upload.fileName().replace('\\', '/').replaceAll(".*/", "").trim();
        if (name.indexOf('\0') >= 0 || name.length() > 200) {
            throw new InvalidInputException("file", "文件名无效 / invalid file name");
        }
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (name.isEmpty() || !properties.allowedFileTypes().contains(ext) || !CONTENT_TYPES.containsKey(ext)) {
            throw new InvalidInputException(
                    "file",
                    "不允许的文件类型 / file type not allowed: '" + name + "' (allowed: "
                            + String.join(", ", properties.allowedFileTypes()) + ")");
        }
        if (!looksLike(ext, bytes)) {
            throw new InvalidInputException("file", "文件内容与扩展名不符 / the content is not a ." + ext + " file");
        }
        String sha = sha256(bytes);
        store(sha, bytes);
        long id = jdbc.sql(
                        """
                        insert into evidence_file (report_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        reportId,
                        name,
                        CONTENT_TYPES.get(ext),
                        bytes.length,
                        sha,
                        user.username(),
                        Timestamp.from(now()))
                .query(Long.class)
                .single();
        audit.record(
                "EVIDENCE_ADDED",
                "report",
                String.valueOf(reportId),
                jurisdiction(a),
                null,
                Map.of("file", name, "sha256", sha, "size", bytes.length));
        return new Report.EvidenceFile(id, name, CONTENT_TYPES.get(ext), bytes.length, sha, user.username());
    }

    @Transactional(readOnly = true)
    public FileContent file(long fileId) {
        record Row(long reportId, Report.EvidenceFile file) {}
        Row row = jdbc.sql("select * from evidence_file where id = ?")
                .param(fileId)
                .query((rs, i) -> new Row(rs.getLong("report_id"), file(rs)))
                .optional()
                .orElseThrow(() -> new NotFoundException("file", String.valueOf(fileId)));
        report(row.reportId());
        try {
            byte[] bytes = Files.readAllBytes(pathOf(row.file().sha256()));
            if (!sha256(bytes).equals(row.file().sha256())) {
                throw new IllegalStateException("evidence file " + fileId + " does not match its SHA-256");
            }
            return new FileContent(row.file(), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("evidence file " + fileId + " is missing from the store", e);
        }
    }

    Report load(long id) {
        Report r = jdbc.sql("select * from progress_report where id = ?")
                .param(id)
                .query(this::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("report", String.valueOf(id)));
        return r;
    }

    /** Reports of a program for the board and the deadline checks, without access checks. */
    List<Report> reportsOfProgram(String programCode) {
        return jdbc.sql(
                        "select r.* from progress_report r join assignment a on a.id = r.assignment_id where a.program_code = ? order by r.id")
                .param(programCode)
                .query(this::mapShallow)
                .list();
    }

    private void setStatus(Report r, ReportStatus next, int version, String comment, Instant now) {
        int changed = jdbc.sql(
                        """
                        update progress_report set status = ?, last_comment = coalesce(?, last_comment), updated_at = ?,
                            version = version + 1 where id = ? and version = ?""")
                .params(next.name(), comment, Timestamp.from(now), r.id(), version)
                .update();
        if (changed == 0) {
            throw new StaleVersionException("report", r.id(), version);
        }
    }

    private record Content(String text, int percent, Map<String, String> milestones, List<String> indicators) {
        Map<String, Object> asMap(String period) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("period", period);
            m.put("text", text);
            m.put("percent", percent);
            m.put("milestones", milestones);
            m.put("indicators", indicators);
            return m;
        }
    }

    private Content validate(Assignment a, Draft d) {
        if (d.text() == null || d.text().isBlank()) {
            throw new InvalidInputException("text", "须填写工作进展 / the report text is required");
        }
        if (d.text().length() > 20_000) {
            throw new InvalidInputException("text", "内容过长 / the text is longer than 20 000 characters");
        }
        if (d.percentComplete() == null || d.percentComplete() < 0 || d.percentComplete() > 100) {
            throw new InvalidInputException(
                    "percentComplete", "完成百分比须在 0–100 之间 / percentComplete must be 0–100: " + d.percentComplete());
        }
        Map<String, String> milestones = new LinkedHashMap<>();
        if (d.milestoneStatus() != null) {
            Set<Long> ofTask = supervision.milestonesOfTask(a.programCode(), a.sectionNumber(), a.taskNumber()).stream()
                    .map(Milestone::id)
                    .collect(java.util.stream.Collectors.toSet());
            d.milestoneStatus().forEach((id, state) -> {
                long mid;
                try {
                    mid = Long.parseLong(id);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("milestoneStatus", "节点编号无效 / not a milestone id: " + id);
                }
                if (!ofTask.contains(mid)) {
                    throw new InvalidInputException(
                            "milestoneStatus", "该节点不属于此任务 / milestone " + id + " is not in this task's plan");
                }
                if (!MILESTONE_STATES.contains(state)) {
                    throw new InvalidInputException(
                            "milestoneStatus",
                            "节点状态无效 / milestone state must be NOT_STARTED, IN_PROGRESS or DONE: " + state);
                }
                milestones.put(String.valueOf(mid), state);
            });
        }
        List<String> indicators = d.indicatorCodes() == null ? List.of() : List.copyOf(d.indicatorCodes());
        supervision.checkIndicators(programs.get(a.programCode()), indicators);
        return new Content(d.text().trim(), d.percentComplete(), milestones, indicators);
    }

    private static boolean looksLike(String ext, byte[] b) {
        return switch (ext) {
            case "pdf" -> startsWith(b, 0x25, 0x50, 0x44, 0x46); // %PDF
            case "png" -> startsWith(b, 0x89, 0x50, 0x4E, 0x47);
            case "jpg", "jpeg" -> startsWith(b, 0xFF, 0xD8, 0xFF);
            case "docx", "xlsx" -> startsWith(b, 0x50, 0x4B, 0x03, 0x04); // zip
            case "txt" ->
                java.nio.charset.StandardCharsets.UTF_8
                        .newDecoder()
                        .decode(java.nio.ByteBuffer.wrap(b), java.nio.CharBuffer.allocate(b.length), true)
                        .isUnderflow();
            default -> false;
        };
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path pathOf(String sha) {
        return properties.filesDirectory().resolve(sha.substring(0, 2)).resolve(sha);
    }

    /** Content-addressed: the same bytes are stored once; written to a temporary file, then moved in place. */
    private void store(String sha, byte[] bytes) {
        Path target = pathOf(sha);
        try {
            if (Files.exists(target)) {
                return;
            }
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), sha, ".part");
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store evidence file in " + properties.filesDirectory(), e);
        }
    }

    private String jurisdiction(Assignment a) {
        return programs.get(a.programCode()).jurisdictionCode();
    }

    private static String taskLabel(Assignment a) {
        return a.sectionNumber() + "." + a.taskNumber() + " " + (a.taskTitle() == null ? "" : a.taskTitle());
    }

    private Instant now() {
        return clock.instant();
    }

    private Report mapShallow(ResultSet rs, int i) throws SQLException {
        return base(rs, List.of(), List.of());
    }

    private Report map(ResultSet rs, int i) throws SQLException {
        long id = rs.getLong("id");
        List<Report.Revision> revisions = jdbc.sql(
                        "select * from report_revision where report_id = ? order by revision")
                .param(id)
                .query((r, n) -> new Report.Revision(
                        r.getInt("revision"),
                        r.getString("text"),
                        r.getInt("percent_complete"),
                        readMap(r.getString("milestone_status")),
                        Supervision.strings(r.getArray("indicator_codes")),
                        r.getString("submitted_by"),
                        r.getTimestamp("submitted_at").toInstant(),
                        r.getString("decision"),
                        r.getString("comment"),
                        r.getString("decided_by"),
                        r.getTimestamp("decided_at") == null
                                ? null
                                : r.getTimestamp("decided_at").toInstant()))
                .list();
        List<Report.EvidenceFile> files = jdbc.sql("select * from evidence_file where report_id = ? order by id")
                .param(id)
                .query((r, n) -> file(r))
                .list();
        return base(rs, revisions, files);
    }

    private Report base(ResultSet rs, List<Report.Revision> revisions, List<Report.EvidenceFile> files)
            throws SQLException {
        Timestamp first = rs.getTimestamp("first_submitted_at");
        return new Report(
                rs.getLong("id"),
                rs.getLong("assignment_id"),
                rs.getString("period"),
                ReportStatus.valueOf(rs.getString("status")),
                rs.getString("text"),
                rs.getInt("percent_complete"),
                readMap(rs.getString("milestone_status")),
                Supervision.strings(rs.getArray("indicator_codes")),
                first == null ? null : first.toInstant(),
                rs.getString("last_comment"),
                rs.getInt("version"),
                rs.getString("created_by"),
                revisions,
                files);
    }

    private static Report.EvidenceFile file(ResultSet rs) throws SQLException {
        return new Report.EvidenceFile(
                rs.getLong("id"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getString("uploaded_by"));
    }

    private Map<String, String> readMap(String text) {
        return text == null ? Map.of() : json.readValue(text, new TypeReference<LinkedHashMap<String, String>>() {});
    }
}
