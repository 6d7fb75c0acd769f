package cn.ipcity.supervision;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A progress report with all its submitted revisions and its evidence files.
 *
 * @param milestoneStatus reported state per milestone id: NOT_STARTED, IN_PROGRESS or DONE
 */
public record Report(
        long id,
        long assignmentId,
        String period,
        ReportStatus status,
        String text,
        int percentComplete,
        Map<String, String> milestoneStatus,
        List<String> indicatorCodes,
        Instant firstSubmittedAt,
        String lastComment,
        int version,
        String createdBy,
        List<Revision> revisions,
        List<EvidenceFile> files) {

    /** One submission as the officer saw it, with the decision taken on it. */
    public record Revision(
            int revision,
            String text,
            int percentComplete,
            Map<String, String> milestoneStatus,
            List<String> indicatorCodes,
            String submittedBy,
            Instant submittedAt,
            String decision,
            String comment,
            String decidedBy,
            Instant decidedAt) {}

    public record EvidenceFile(
            long id, String fileName, String contentType, long sizeBytes, String sha256, String uploadedBy) {}
}
