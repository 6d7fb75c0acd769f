package cn.ipcity.registry;

import cn.ipcity.account.CurrentUser;
import cn.ipcity.account.CurrentUsers;
import cn.ipcity.account.Role;
import cn.ipcity.common.InvalidInputException;
import cn.ipcity.common.NotFoundException;
import cn.ipcity.registry.importing.ImportJobStore;
import cn.ipcity.registry.importing.ImportProfiles;
import cn.ipcity.registry.importing.ImportProperties;
import cn.ipcity.registry.importing.ImportRunner;
import cn.ipcity.registry.importing.RecordType;
import cn.ipcity.registry.importing.RowError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Import jobs: submit a file (stored, fingerprinted, queued on the bounded executor), follow its progress, read
 * its error report and the history. Scope: an administrator's job may write records of any jurisdiction; a
 * program officer's job only records attributed inside the officer's jurisdiction (others are row errors;
 * records that cannot be attributed are accepted and listed for review). Reporters and viewers cannot import.
 */
@Service
public class Imports {

    private final CurrentUsers currentUsers;
    private final ImportJobStore jobs;
    private final ImportProfiles profiles;
    private final ImportRunner runner;
    private final ThreadPoolExecutor executor;
    private final ImportProperties properties;

    Imports(
            CurrentUsers currentUsers,
            ImportJobStore jobs,
            ImportProfiles profiles,
            ImportRunner runner,
            ThreadPoolExecutor importExecutor,
            ImportProperties properties) {
        this.currentUsers = currentUsers;
        this.jobs = jobs;
        this.profiles = profiles;
        this.runner = runner;
        this.executor = importExecutor;
        this.properties = properties;
    }

    /**
     * Stores the file and queues the job.
     *
     * @param encoding auto (detect), UTF-8 or GBK; ignored for XLSX
     */
    @Transactional
    public long submit(String fileName, InputStream content, String type, String profileName, String encoding) {
        CurrentUser user = currentUsers.current().orElseThrow(() -> new AccessDeniedException("未登录 / not signed in"));
        if (!user.isAdmin() && user.role() != Role.PROGRAM_OFFICER) {
            throw new AccessDeniedException("只有项目专员和管理员可以导入 / only officers and administrators import records");
        }
        return queue(
                user.username(),
                user.isAdmin() ? null : user.jurisdictionCode(),
                fileName,
                content,
                type,
                profileName,
                encoding);
    }

    /**
     * Queues a job on behalf of the application itself (actor {@code system}, no jurisdiction limit), for its own
     * loaders such as the demo data at first start. No web endpoint calls it; the job is audited like any other.
     */
    @Transactional
    public long submitAsSystem(String fileName, InputStream content, String type, String profileName, String encoding) {
        return queue(CurrentUser.SYSTEM, null, fileName, content, type, profileName, encoding);
    }

    private long queue(
            String actor,
            String scope,
            String fileName,
            InputStream content,
            String type,
            String profileName,
            String encoding) {
        RecordType recordType = RecordType.fromCode(type == null ? "" : type.trim())
                .orElseThrow(() -> new InvalidInputException(
                        "type",
                        "未知的记录类型 / unknown record type '" + type + "'; known: "
                                + java.util.Arrays.stream(RecordType.values())
                                        .map(RecordType::code)
                                        .toList()));
        String profile = profileName == null || profileName.isBlank() ? defaultProfile(recordType) : profileName.trim();
        ImportProfiles.StoredProfile stored;
        try {
            stored = profiles.get(profile);
        } catch (NotFoundException e) {
            throw new InvalidInputException("profile", "导入配置不存在 / no import profile '" + profile + "'");
        }
        if (stored.profile().type() != recordType) {
            throw new InvalidInputException(
                    "profile",
                    "配置“" + profile + "”用于 " + stored.profile().type().code() + "，不是 " + type + " / profile '" + profile
                            + "' is for " + stored.profile().type().code() + ", not " + type);
        }
        if (encoding != null && !encoding.isBlank()) {
            try {
                cn.ipcity.registry.importing.Encodings.declared(encoding);
            } catch (RuntimeException e) {
                throw new InvalidInputException("encoding", e.getMessage());
            }
        }
        if (!acceptsJobs()) {
            throw new InvalidInputException("file", "导入队列已满，请稍后再试 / the import queue is full; submit again later");
        }
        try {
            Files.createDirectories(properties.uploadDirectory());
            Path temp = Files.createTempFile(properties.uploadDirectory(), "upload-", ".tmp");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = new DigestInputStream(content, sha)) {
                size = Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            String name = fileName == null || fileName.isBlank()
                    ? "upload"
                    : Path.of(fileName).getFileName().toString();
            long id = jobs.create(
                    recordType.code(),
                    profile,
                    name,
                    HexFormat.of().formatHex(sha.digest()),
                    size,
                    encoding == null || encoding.isBlank() ? "auto" : encoding.trim(),
                    scope,
                    actor);
            Files.move(temp, runner.fileOf(id), StandardCopyOption.REPLACE_EXISTING);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    try {
                        executor.execute(() -> runner.execute(id));
                    } catch (RejectedExecutionException e) {
                        runner.refuse(id);
                    }
                }
            });
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when the executor can take another job now (the page disables its button otherwise). */
    public boolean acceptsJobs() {
        return executor.getQueue().remainingCapacity() > 0;
    }

    public static String defaultProfile(RecordType type) {
        return "cn-" + type.code();
    }

    @Transactional(readOnly = true)
    public ImportJob job(long id) {
        return jobs.find(id).orElseThrow(() -> new NotFoundException("import job", String.valueOf(id)));
    }

    @Transactional(readOnly = true)
    public List<ImportJob> history(int limit) {
        String scope = currentUsers
                .current()
                .filter(u -> !u.isAdmin())
                .map(CurrentUser::jurisdictionCode)
                .map(cn.ipcity.common.JurisdictionCodes::significant)
                .orElse(null);
        return jobs.recent(scope, limit);
    }

    @Transactional(readOnly = true)
    public List<RowError> errors(long id, int limit) {
        job(id);
        return jobs.errors(id, limit);
    }

    /** The error report as CSV (UTF-8 with BOM so that Excel shows the Chinese): row, column, value, message. */
    @Transactional(readOnly = true)
    public void writeErrorsCsv(long id, OutputStream out) throws IOException {
        List<RowError> errors = errors(id, Integer.MAX_VALUE);
        var writer = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (var csv = org.apache.commons.csv.CSVFormat.RFC4180
                .builder()
                .setHeader("row", "column", "value", "message")
                .get()
                .print(writer)) {
            for (RowError e : errors) {
                csv.printRecord(e.row(), e.column(), e.value(), e.message());
            }
        }
    }
}
