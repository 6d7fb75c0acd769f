package cn.ipcity.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Proves with real processes that {@link EmbeddedPostgresServer} recovers the data folder of a JVM that was
 * killed, and never disturbs one that is still alive. The owners of the database are separate JVMs running
 * {@link EmbeddedPostgresChild}; every child and every postmaster is stopped after each test.
 */
class EmbeddedPostgresRecoveryTest {

    private static final Path ROOT = Path.of("target", "recovery-test").toAbsolutePath();
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(30);

    private final List<Child> children = new ArrayList<>();
    private final List<EmbeddedPostgresServer> servers = new ArrayList<>();
    private final List<Path> folders = new ArrayList<>();
    private String testName;

    @BeforeEach
    void name(TestInfo info) {
        testName = info.getTestMethod().orElseThrow().getName();
    }

    @AfterEach
    void stopEverything() {
        for (Child child : children) {
            child.kill();
        }
        for (EmbeddedPostgresServer server : servers) {
            try {
                server.close();
            } catch (IOException | RuntimeException e) {
                System.out.println("[cleanup] closing an in-JVM server failed: " + e);
            }
        }
        for (Path folder : folders) {
            killPostmaster(folder);
        }
    }

    @Test
    void dataSurvivesACleanRestart() throws Exception {
        Path dir = freshFolder();

        Child first = startChild(dir, "written-by-first-run");
        Ready ready = first.awaitReady();
        long postmaster = postmasterPid(dir).orElseThrow();
        System.out.printf("[measure] start on a new folder (initdb): %d ms%n", ready.startMillis());
        first.stop();

        assertThat(isAlive(postmaster)).as("the postmaster stops with its JVM").isFalse();
        assertThat(dir.resolve("postmaster.pid")).doesNotExist();

        long t0 = System.nanoTime();
        EmbeddedPostgresServer second = startHere(dir);
        System.out.printf("[measure] start on an existing folder: %d ms%n", millisSince(t0));
        assertThat(notes(second.dataSource())).containsExactly("written-by-first-run");
    }

    @Test
    void startAfterKill9StopsTheOrphanedPostmasterAndKeepsTheData() throws Exception {
        Path dir = freshFolder();

        Child killed = startChild(dir, "written-before-kill");
        killed.awaitReady();
        long orphan = postmasterPid(dir).orElseThrow();
        killed.kill(); // SIGKILL: no shutdown hook runs
        assertThat(isAlive(orphan))
                .as("the postmaster (pid %d) outlives its killed JVM: that is the orphan", orphan)
                .isTrue();

        long t0 = System.nanoTime();
        EmbeddedPostgresServer recovered = startHere(dir);
        System.out.printf("[measure] start that stops an orphaned postmaster: %d ms%n", millisSince(t0));

        assertThat(isAlive(orphan))
                .as("the orphaned postmaster (pid %d) is gone", orphan)
                .isFalse();
        assertThat(postmasterPid(dir)).isPresent().get().isNotEqualTo(orphan);
        assertThat(notes(recovered.dataSource())).containsExactly("written-before-kill");
    }

    @Test
    void anOrphanThatIgnoresTheFastShutdownIsKilled() throws Exception {
        Path dir = freshFolder();

        Child killed = startChild(dir, "written-before-kill");
        killed.awaitReady();
        long orphan = postmasterPid(dir).orElseThrow();
        killed.kill();
        signal("STOP", orphan); // a stopped process acts on no signal but SIGKILL

        long t0 = System.nanoTime();
        EmbeddedPostgresServer recovered = startHere(dir, Duration.ofSeconds(2));
        System.out.printf("[measure] start that has to SIGKILL a stuck orphan (2 s grace): %d ms%n", millisSince(t0));

        assertThat(isAlive(orphan))
                .as("the stuck orphan (pid %d) is gone", orphan)
                .isFalse();
        assertThat(notes(recovered.dataSource())).containsExactly("written-before-kill");
    }

    @Test
    void startAfterTheJvmAndItsPostmasterWereKilledRecoversTheData() throws Exception {
        Path dir = freshFolder();

        Child killed = startChild(dir, "written-before-crash");
        killed.awaitReady();
        long postmaster = postmasterPid(dir).orElseThrow();
        killed.kill();
        killTree(ProcessHandle.of(postmaster).orElseThrow()); // as by the OOM killer: postmaster.pid is stale
        assertThat(dir.resolve("postmaster.pid")).exists();

        Child next = startChild(dir, "written-after-crash");
        int port = next.awaitReady().port();

        try (Connection c = connect(port)) {
            assertThat(notes(c))
                    .as("a commit acknowledged before the crash is durable")
                    .containsExactly("written-after-crash", "written-before-crash");
            assertThat(setting(c, "fsync")).isEqualTo("on");
            assertThat(setting(c, "synchronous_commit")).isEqualTo("on");
        }
    }

    @Test
    void startIsRefusedWhileAnotherJvmOwnsTheFolderAndThatInstanceIsNotDisturbed() throws Exception {
        Path dir = freshFolder();

        Child owner = startChild(dir, "owned-by-a");
        int port = owner.awaitReady().port();
        long postmaster = postmasterPid(dir).orElseThrow();

        assertThatThrownBy(() -> startHere(dir))
                .isInstanceOf(DataDirectoryInUseException.class)
                .hasMessageContaining(dir.toString())
                .satisfies(e -> assertThat(((DataDirectoryInUseException) e).dataDirectory())
                        .isEqualTo(dir));

        assertThat(owner.process.isAlive()).as("instance A is still running").isTrue();
        assertThat(isAlive(postmaster))
                .as("instance A's postmaster is still running")
                .isTrue();
        assertThat(postmasterPid(dir)).contains(postmaster);
        try (Connection c = connect(port)) {
            assertThat(notes(c)).containsExactly("owned-by-a");
        }
    }

    @Test
    void aSecondStartInTheSameJvmDoesNotReleaseTheOwnersLock() throws Exception {
        Path dir = freshFolder();

        EmbeddedPostgresServer owner = startHere(dir);
        long postmaster = postmasterPid(dir).orElseThrow();
        assertThatThrownBy(() -> startHere(dir)).isInstanceOf(DataDirectoryInUseException.class);

        // Another JVM must still see the folder as owned, and so must leave our postmaster alone.
        Child other = startChild(dir, null);
        String failure = other.awaitFailure();
        assertThat(failure).contains(DataDirectoryInUseException.class.getName());
        assertThat(isAlive(postmaster))
                .as("the owner's postmaster is still running")
                .isTrue();
        try (Connection c = owner.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select 1")) {
            assertThat(rs.next()).isTrue();
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private Path freshFolder() throws IOException {
        Path dir = ROOT.resolve(testName);
        killPostmaster(dir); // a leftover of an aborted earlier run
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
        folders.add(dir);
        return dir;
    }

    private EmbeddedPostgresServer startHere(Path dir) {
        return startHere(dir, Duration.ofSeconds(30));
    }

    private EmbeddedPostgresServer startHere(Path dir, Duration orphanShutdownWait) {
        EmbeddedPostgresServer server =
                EmbeddedPostgresServer.start(new EmbeddedDatabaseProperties(dir, 0, false, orphanShutdownWait));
        servers.add(server);
        return server;
    }

    private Child startChild(Path dir, String note) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                EmbeddedPostgresChild.class.getName(),
                dir.toString()));
        if (note != null) {
            command.add(note);
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Child child = new Child(testName + "#" + (children.size() + 1), process);
        children.add(child);
        return child;
    }

    private static Connection connect(int port) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
    }

    private static List<String> notes(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return notes(c);
        }
    }

    private static List<String> notes(Connection c) throws SQLException {
        List<String> notes = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select note from recovery_probe order by note")) {
            while (rs.next()) {
                notes.add(rs.getString(1));
            }
        }
        return notes;
    }

    private static String setting(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("show " + name)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private static void signal(String signal, long pid) {
        assertThat(sendSignal(signal, pid)).as("kill -%s %d", signal, pid).isTrue();
    }

    private static boolean sendSignal(String signal, long pid) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                    .inheritIO()
                    .start();
            return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Optional<Long> postmasterPid(Path dir) {
        try {
            return EmbeddedPostgresServer.readPostmasterPid(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Alive and not a zombie waiting to be reaped (Java counts zombies as alive). */
    private static boolean isAlive(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String s = Files.readString(stat);
            char state = s.charAt(s.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException e) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
    }

    /** Stops a postmaster still recorded in the folder: immediate shutdown, then SIGKILL for what is left. */
    private static void killPostmaster(Path dir) {
        Optional<ProcessHandle> found = postmasterPid(dir)
                .filter(EmbeddedPostgresRecoveryTest::isAlive)
                .flatMap(ProcessHandle::of)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
        if (found.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = found.get();
        System.out.println("[cleanup] stopping postmaster " + postmaster.pid() + " of " + dir);
        List<ProcessHandle> workers = postmaster.descendants().toList();
        sendSignal("CONT", postmaster.pid()); // in case a test stopped it
        sendSignal("QUIT", postmaster.pid()); // immediate shutdown
        if (!await(() -> !isAlive(postmaster.pid()), Duration.ofSeconds(10))) {
            postmaster.destroyForcibly();
        }
        workers.forEach(ProcessHandle::destroyForcibly);
    }

    private static void killTree(ProcessHandle process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        if (!await(() -> !isAlive(process.pid()), Duration.ofSeconds(10))) {
            fail("pid " + process.pid() + " survived SIGKILL for 10 s");
        }
    }

    /** Polls the condition until it holds (true) or the timeout passes (false). */
    private static boolean await(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }

    record Ready(int port, long startMillis) {}

    /** A child JVM running {@link EmbeddedPostgresChild}; its output is echoed with a prefix. */
    private static final class Child {

        private static final String EOF = "\u0000EOF";

        final String name;
        final Process process;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final List<String> output = new ArrayList<>();

        Child(String name, Process process) {
            this.name = name;
            this.process = process;
            Thread reader = new Thread(this::pump, "child-output-" + name);
            reader.setDaemon(true);
            reader.start();
        }

        private void pump() {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    System.out.println("[" + name + "] " + line);
                    lines.add(line);
                }
            } catch (IOException e) {
                // the child is gone
            } finally {
                lines.add(EOF);
            }
        }

        Ready awaitReady() {
            String line = awaitResult();
            if (!line.startsWith(EmbeddedPostgresChild.READY + " ")) {
                fail("Child " + name + " did not start its database: " + line + "\n" + tail());
            }
            String[] parts = line.split(" ");
            return new Ready(Integer.parseInt(parts[1]), Long.parseLong(parts[2]));
        }

        String awaitFailure() {
            String line = awaitResult();
            if (!line.startsWith(EmbeddedPostgresChild.FAILED + " ")) {
                fail("Child " + name + " was expected to fail but printed: " + line);
            }
            try {
                if (!process.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    fail("Child " + name + " did not exit after failing");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return line;
        }

        /** The READY or FAILED line, within {@link #READY_TIMEOUT}. */
        private String awaitResult() {
            long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
            try {
                while (System.nanoTime() < deadline) {
                    String line = lines.poll(200, TimeUnit.MILLISECONDS);
                    if (line == null) {
                        if (!process.isAlive() && lines.isEmpty()) {
                            // give the reader a moment for the last lines, then report the exit
                            String last = lines.poll(1, TimeUnit.SECONDS);
                            if (last == null || last.equals(EOF)) {
                                fail("Child " + name + " exited with status " + process.exitValue() + " before READY\n"
                                        + tail());
                            }
                            line = last;
                        } else {
                            continue;
                        }
                    }
                    if (line.equals(EOF)) {
                        fail("Child " + name + " closed its output before READY\n" + tail());
                    }
                    output.add(line);
                    if (line.startsWith(EmbeddedPostgresChild.READY + " ")
                            || line.startsWith(EmbeddedPostgresChild.FAILED + " ")) {
                        return line;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            fail("Child " + name + " printed no READY line within " + READY_TIMEOUT.toSeconds() + " s\n" + tail());
            return null;
        }

        private String tail() {
            return String.join("\n", output.subList(Math.max(0, output.size() - 30), output.size()));
        }

        /** Asks the child to close its database and exit normally. */
        void stop() throws IOException, InterruptedException {
            Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            in.write("stop\n");
            in.flush();
            if (!process.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                fail("Child " + name + " did not stop within " + EXIT_TIMEOUT.toSeconds() + " s");
            }
            assertThat(process.exitValue()).as("exit status of " + name).isZero();
        }

        /** SIGKILL, as by the OOM killer or kill -9; waits until the JVM is gone. */
        void kill() {
            if (!process.isAlive()) {
                return;
            }
            List<ProcessHandle> descendants = process.descendants().toList();
            process.destroyForcibly();
            try {
                if (!process.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    System.out.println("[cleanup] child " + name + " survived SIGKILL for 30 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // a pg_ctl or initdb the child was running when killed (a started postmaster is no descendant)
            descendants.stream()
                    .filter(p -> !p.info().command().orElse("").endsWith("/postgres"))
                    .forEach(ProcessHandle::destroyForcibly);
        }
    }
}
