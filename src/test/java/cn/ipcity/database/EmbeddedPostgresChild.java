package cn.ipcity.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * A separate JVM owning an embedded PostgreSQL, for {@link EmbeddedPostgresRecoveryTest}.
 *
 * <p>Arguments: the data folder and, optionally, a note to insert into table {@code recovery_probe} (created if
 * missing). Prints {@code READY <port> <start ms>} once the database answers, or {@code FAILED <exception>:
 * <message>} and exits with status 2 if the start fails. Then it waits on standard input: a line {@code stop}
 * (or the end of input, e.g. when the test JVM dies) closes the database cleanly and exits with status 0.
 */
public final class EmbeddedPostgresChild {

    static final String READY = "READY";
    static final String FAILED = "FAILED";

    private EmbeddedPostgresChild() {}

    public static void main(String[] args) throws Exception {
        quietLogging();
        Path dir = Path.of(args[0]);
        EmbeddedPostgresServer server;
        long t0 = System.nanoTime();
        try {
            server =
                    EmbeddedPostgresServer.start(new EmbeddedDatabaseProperties(dir, 0, false, Duration.ofSeconds(30)));
        } catch (RuntimeException e) {
            System.out.println(FAILED + " " + e.getClass().getName() + ": " + e.getMessage());
            System.out.flush();
            System.exit(2);
            return;
        }
        long startMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        try (Connection c = server.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table if not exists recovery_probe (note text primary key)");
            if (args.length > 1) {
                try (PreparedStatement insert =
                        c.prepareStatement("insert into recovery_probe (note) values (?) on conflict do nothing")) {
                    insert.setString(1, args[1]);
                    insert.executeUpdate();
                }
            }
        }
        System.out.println(READY + " " + port(server.jdbcUrl()) + " " + startMillis);
        System.out.flush();

        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null && !line.trim().equals("stop")) {
                // keep serving until told to stop or until the parent goes away
            }
        }
        server.close();
        System.out.println("STOPPED");
        System.out.flush();
        System.exit(0);
    }

    /** The port in {@code jdbc:postgresql://localhost:<port>/postgres?user=postgres}. */
    private static int port(String jdbcUrl) {
        String afterHost = jdbcUrl.substring(jdbcUrl.indexOf("localhost:") + "localhost:".length());
        return Integer.parseInt(afterHost.substring(0, afterHost.indexOf('/')));
    }

    /** Logback's default configuration logs everything at DEBUG; keep INFO so the start-up timing stays visible. */
    private static void quietLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.INFO);
        }
    }
}
