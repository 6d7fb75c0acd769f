package cn.ipcity.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL in a persistent folder, recovering from a previous run that was killed.
 *
 * <p>zonky guards a data folder with a file lock ({@value #LOCK_FILE}) held for the life of the JVM that
 * owns the cluster. A killed JVM releases the lock but leaves its postmaster running and holding
 * {@code postmaster.pid}; zonky would then time out. So before starting we probe the lock: if we can take
 * it, no live instance owns the folder and any postmaster still recorded there is an orphan we may stop;
 * if we cannot, another instance is alive and we refuse without touching its postmaster.
 *
 * <p>The lock is a POSIX record lock, which a process loses as soon as it closes <em>any</em> descriptor of
 * the file. So the probe must never open the lock file of a folder this JVM already serves: that would
 * silently release the live instance's lock and let the next JVM take its postmaster for an orphan. Folders
 * served by this JVM are therefore tracked in memory and refused before the lock file is touched.
 */
public final class EmbeddedPostgresServer implements Closeable {

    static final String LOCK_FILE = "epg-lock";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    /** Real paths of the folders served by an open server of this JVM. */
    private static final Set<Path> SERVED_HERE = ConcurrentHashMap.newKeySet();

    private final EmbeddedPostgres postgres;
    private final Path servedFolder;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path servedFolder) {
        this.postgres = postgres;
        this.servedFolder = servedFolder;
    }

    public static EmbeddedPostgresServer start(EmbeddedDatabaseProperties properties) {
        Path dir = properties.dataDirectory().toAbsolutePath().normalize();
        Path served = null;
        boolean started = false;
        try {
            Files.createDirectories(dir);
            Path realDir = dir.toRealPath();
            if (!SERVED_HERE.add(realDir)) {
                throw new DataDirectoryInUseException(dir);
            }
            served = realDir;
            stopOrphanIfUnowned(dir, properties.orphanShutdownWait());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(properties.cleanOnStart())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("timezone", "Asia/Shanghai");
            if (!properties.cleanOnStart()) {
                // zonky tunes for throwaway test clusters: fsync off (-F) and asynchronous commit, which lose
                // committed transactions when the postmaster dies and risk corruption on a power cut. A
                // persistent folder holds real data, so restore PostgreSQL's durable defaults (-c wins over -F).
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            if (properties.port() > 0) {
                builder.setPort(properties.port());
            }
            long t0 = System.nanoTime();
            EmbeddedPostgres pg = builder.start();
            log.info(
                    "Embedded PostgreSQL started on port {} with data in {} ({} ms)",
                    pg.getPort(),
                    dir,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(pg, served);
            started = true;
            return server;
        } catch (DataDirectoryInUseException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "Could not start the embedded PostgreSQL in " + dir + ": " + e.getMessage(), e);
        } finally {
            if (served != null && !started) {
                SERVED_HERE.remove(served);
            }
        }
    }

    public DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            postgres.close();
        } finally {
            SERVED_HERE.remove(servedFolder);
        }
    }

    /** Stops a postmaster left behind by a killed JVM, unless a live instance owns the folder. */
    static void stopOrphanIfUnowned(Path dir, Duration wait) throws IOException {
        Path lockPath = dir.resolve(LOCK_FILE);
        boolean initialized = Files.exists(dir.resolve("PG_VERSION"));
        if (!initialized && !Files.exists(lockPath)) {
            return; // a new folder: nothing to recover, and initdb needs it empty
        }
        try (RandomAccessFile file = new RandomAccessFile(lockPath.toFile(), "rw");
                FileChannel channel = file.getChannel()) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held elsewhere in this JVM (not through this class): an instance is live here
            }
            if (lock == null) {
                throw new DataDirectoryInUseException(dir);
            }
            try {
                readPostmasterPid(dir)
                        .flatMap(ProcessHandle::of)
                        .filter(ProcessHandle::isAlive)
                        .filter(EmbeddedPostgresServer::isPostgres)
                        .ifPresent(orphan -> stop(orphan, dir, wait));
            } finally {
                lock.release();
            }
        }
        if (!initialized) {
            // an unowned lock file left in a folder whose initdb never completed would make initdb refuse it
            Files.deleteIfExists(lockPath);
        }
    }

    static Optional<Long> readPostmasterPid(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        // A stale pid file may name a pid the system has since given to an unrelated process.
        return process.info().command().map(c -> c.contains("postgres")).orElse(true);
    }

    private static void stop(ProcessHandle orphan, Path dir, Duration wait) {
        log.warn(
                "Found a PostgreSQL (pid {}) left running on {} by a previous run that did not shut down;"
                        + " stopping it",
                orphan.pid(),
                dir);
        List<ProcessHandle> workers = orphan.descendants().toList();
        try {
            // SIGINT is PostgreSQL's "fast" shutdown: it ends sessions and checkpoints cleanly.
            new ProcessBuilder("kill", "-INT", Long.toString(orphan.pid()))
                    .inheritIO()
                    .start()
                    .waitFor(10, TimeUnit.SECONDS);
            orphan.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // not stopped in time (or kill could not be run): force it below
        }
        log.warn("Orphaned PostgreSQL did not stop in {}; killing it", wait);
        orphan.destroyForcibly();
        // its backends would notice the postmaster's death, but their shared memory would block a new start
        workers.forEach(ProcessHandle::destroyForcibly);
        try {
            orphan.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The PostgreSQL (pid " + orphan.pid() + ") left running on " + dir
                    + " could not be stopped; stop it by hand and start again");
        }
    }
}
