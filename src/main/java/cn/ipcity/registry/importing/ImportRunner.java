package cn.ipcity.registry.importing;

import cn.ipcity.account.AuditLog;
import cn.ipcity.common.JurisdictionCodes;
import cn.ipcity.registry.Attributions;
import cn.ipcity.registry.ImportJob;
import cn.ipcity.registry.RegistryChanged;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a job on a worker thread: the whole import (staging, checks, upserts, error report, final counts and the
 * audit entry) is one transaction, so a job that fails or is killed leaves nothing half written. Progress is
 * written in short separate transactions so that the page can poll it.
 */
@Component
public class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final TransactionTemplate separateTx;
    private final ImportJobStore jobs;
    private final ImportProfiles profiles;
    private final Attributions attributions;
    private final AuditLog auditLog;
    private final ImportProperties properties;
    private final java.time.Clock clock;
    private final ApplicationEventPublisher events;

    ImportRunner(
            JdbcClient jdbc,
            DataSource dataSource,
            PlatformTransactionManager transactions,
            ImportJobStore jobs,
            ImportProfiles profiles,
            Attributions attributions,
            AuditLog auditLog,
            ImportProperties properties,
            java.time.Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.tx = new TransactionTemplate(transactions);
        this.separateTx = new TransactionTemplate(transactions);
        this.separateTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jobs = jobs;
        this.profiles = profiles;
        this.attributions = attributions;
        this.auditLog = auditLog;
        this.properties = properties;
        this.clock = clock;
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedJobs() {
        int n = separateTx.execute(s -> jobs.failInterrupted());
        if (n > 0) {
            log.warn("{} import job(s) interrupted by the previous shutdown were marked failed", n);
        }
    }

    public Path fileOf(long jobId) {
        return properties.uploadDirectory().resolve("job-" + jobId + ".upload");
    }

    /** Records that the executor's queue was full: the job fails at once and its file is removed. */
    public void refuse(long jobId) {
        separateTx.executeWithoutResult(s -> jobs.finished(
                jobId,
                ImportJob.Status.FAILED,
                new ImportPipeline.Counts(0, 0, 0, 0, 0),
                0,
                "导入队列已满，请稍后再试 / the import queue is full; submit again later",
                List.of()));
        try {
            Files.deleteIfExists(fileOf(jobId));
        } catch (IOException e) {
            log.warn("could not delete the file of job {}", jobId, e);
        }
    }

    /** Runs the job; never throws (a failure is recorded on the job). */
    public void execute(long jobId) {
        Path file = fileOf(jobId);
        try {
            ImportJob job = jobs.find(jobId).orElseThrow();
            separateTx.executeWithoutResult(s -> jobs.started(jobId));
            ImportProfile profile = profiles.get(job.profileName()).profile();
            ErrorSink errors = new ErrorSink(properties.maxStoredErrors());
            List<String> warnings = new ArrayList<>();
            try {
                tx.executeWithoutResult(status -> {
                    ImportPipeline.Counts counts = runPipeline(job, profile, file, errors, warnings);
                    jobs.saveErrors(jobId, errors.kept());
                    jobs.finished(jobId, ImportJob.Status.SUCCEEDED, counts, errors.count(), null, warnings);
                    auditLog.recordAs(
                            job.createdBy(),
                            "IMPORT",
                            "import_job",
                            String.valueOf(jobId),
                            job.scopeJurisdictionCode(),
                            null,
                            summary(job, counts, errors.count()));
                    events.publishEvent(new RegistryChanged(
                            jobId, job.recordType(), counts.inserted() + counts.updated(), counts.updated()));
                });
            } catch (RuntimeException e) {
                fail(job, e, errors);
            }
        } catch (RuntimeException e) {
            log.error("import job {} could not be run", jobId, e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("could not delete {}", file, e);
            }
        }
    }

    private ImportPipeline.Counts runPipeline(
            ImportJob job, ImportProfile profile, Path file, ErrorSink errors, List<String> warnings) {
        String scope =
                job.scopeJurisdictionCode() == null ? null : JurisdictionCodes.significant(job.scopeJurisdictionCode());
        ImportContext ctx =
                new ImportContext(job.id(), scope, attributions.attributor(), java.time.LocalDate.now(clock), warnings);
        ImportPipeline pipeline =
                new ImportPipeline(Loaders.of(profile.type()), profile, ctx, errors, properties.bulkLoadRows());
        Connection con = DataSourceUtils.getConnection(dataSource);
        AtomicLong bytes = new AtomicLong();
        try (InputStream in = new CountingInputStream(Files.newInputStream(file), bytes)) {
            BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
            RowSource source;
            boolean csv = !isZip(buffered);
            if (csv) {
                Charset declared = Encodings.declared(job.encoding());
                CsvRowSource csvSource = new CsvRowSource(buffered, declared);
                separateTx.executeWithoutResult(
                        s -> jobs.encoding(job.id(), csvSource.charset().name()));
                source = csvSource;
            } else {
                buffered.close();
                source = new XlsxRowSource(file);
                separateTx.executeWithoutResult(s -> jobs.encoding(job.id(), "XLSX"));
            }
            ImportPipeline.Counts counts = pipeline.run(source, csv, con, jdbc, new java.util.function.LongConsumer() {
                private long last;

                @Override
                public void accept(long rows) {
                    long now = System.nanoTime();
                    if (now - last > 500_000_000L) { // at most two progress writes a second
                        last = now;
                        separateTx.executeWithoutResult(
                                s -> jobs.progress(job.id(), csv ? bytes.get() : job.fileSize() / 2, rows));
                    }
                }
            });
            warnings.addAll(source.warnings());
            return counts;
        } catch (IOException e) {
            throw new ImportFailure("读取文件失败 / reading the file failed: " + e.getMessage(), e);
        } catch (java.sql.SQLException e) {
            throw new ImportFailure("数据库错误 / database error: " + e.getMessage(), e);
        }
    }

    private void fail(ImportJob job, RuntimeException e, ErrorSink errors) {
        String message = e instanceof ImportFailure
                ? e.getMessage()
                : "导入失败，未写入任何数据 / the import failed and wrote nothing: "
                        + (e instanceof org.springframework.core.NestedRuntimeException nested
                                ? nested.getMostSpecificCause().getMessage()
                                : e.toString());
        if (!(e instanceof ImportFailure)) {
            log.error("import job {} failed", job.id(), e);
        }
        List<RowError> report = new ArrayList<>();
        report.add(new RowError(null, null, null, message));
        report.addAll(errors.kept());
        ImportPipeline.Counts none = new ImportPipeline.Counts(0, 0, 0, 0, 0);
        separateTx.executeWithoutResult(s -> {
            jobs.saveErrors(job.id(), report.subList(0, Math.min(report.size(), properties.maxStoredErrors())));
            jobs.finished(job.id(), ImportJob.Status.FAILED, none, errors.count() + 1, message, List.of());
            auditLog.recordAs(
                    job.createdBy(),
                    "IMPORT_FAILED",
                    "import_job",
                    String.valueOf(job.id()),
                    job.scopeJurisdictionCode(),
                    null,
                    Map.of("file", job.fileName(), "sha256", job.fileSha256(), "message", message));
        });
    }

    private static Map<String, Object> summary(ImportJob job, ImportPipeline.Counts c, long errorCount) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", job.recordType());
        m.put("profile", job.profileName());
        m.put("file", job.fileName());
        m.put("sha256", job.fileSha256());
        m.put("rowsRead", c.read());
        m.put("inserted", c.inserted());
        m.put("updated", c.updated());
        m.put("unchanged", c.unchanged());
        m.put("rejected", c.rejected());
        m.put("errors", errorCount);
        return m;
    }

    private static boolean isZip(BufferedInputStream in) throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static final class CountingInputStream extends FilterInputStream {
        private final AtomicLong count;

        CountingInputStream(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }
    }
}
