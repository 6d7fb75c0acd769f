package cn.ipcity.bench;

import cn.ipcity.IpcityApplication;
import cn.ipcity.generator.DataGenerator;
import cn.ipcity.generator.GenerationSummary;
import cn.ipcity.generator.GeneratorOptions;
import cn.ipcity.registry.ImportJob;
import cn.ipcity.registry.Imports;
import java.io.InputStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The import benchmark (issue 3 §6), run only by {@code mvn -Pbench test} (the class name matches none of
 * surefire's default patterns, so {@code mvn verify} never runs it). Generates a data set ({@code bench.scale},
 * default 2 = Shandong), starts the application on a fresh embedded PostgreSQL in target/bench-pg (durable
 * settings, as in production), imports the files ({@code bench.files}, default party, patent, patent-event,
 * trademark; {@code all} for every file) through the real importer as system jobs, and right after each import
 * times three baselines on the same server: baseline 1 COPYs the same file into a table of text columns, baseline 2
 * COPYs the rows as the registry stored them into an empty copy of the registry table (types, keys, indexes,
 * foreign keys), baseline 3 COPYs them into a bare copy and builds the table's indexes after. Prints rows/s per file and overall, the import/COPY ratio against each baseline, the peak heap
 * and the process's peak RSS (docs/benchmark.md).
 */
class ImportBenchmark {

    @Test
    void run() throws Exception {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "2"));
        String filesSetting = System.getProperty("bench.files", "party,patent,patent-event,trademark");
        Path target = Path.of("target").toAbsolutePath();
        Path data = target.resolve("bench-data");
        Path pg = target.resolve("bench-pg");
        deleteFolder(data);
        deleteFolder(pg);

        System.out.printf(Locale.ROOT, "== generating scale %s (seed 7) into %s%n", scale, data);
        GenerationSummary summary =
                new DataGenerator().generate(new GeneratorOptions(scale, 7, data, StandardCharsets.UTF_8, false));
        System.out.printf(
                Locale.ROOT, "generated %,d rows in %.1f s%n", summary.totalRows(), summary.millis() / 1000.0);
        List<String> files = new ArrayList<>();
        if ("all".equals(filesSetting)) {
            List<String> first = List.of("party", "patent", "patent-event", "trademark");
            files.addAll(first);
            summary.rows().keySet().stream().filter(t -> !first.contains(t)).forEach(files::add);
        } else {
            files.addAll(Arrays.asList(filesSetting.split(",")));
        }

        // Command-line arguments, not default properties: those would lose to application.yml's values.
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(IpcityApplication.class)
                .run(
                        "--server.port=0",
                        "--ipcity.embedded-db.data-directory=" + pg,
                        "--ipcity.demo-data=false",
                        "--ipcity.demo-users=false",
                        "--ipcity.imports.upload-directory=" + target.resolve("bench-uploads"),
                        "--ipcity.security.admin-password=Bench-only-2026",
                        // the indicator facts are derived after each import in production; here that work would
                        // compete with the importer being measured (the indicator benchmark measures it)
                        "--ipcity.facts.follow-imports=false")) {
            Imports imports = context.getBean(Imports.class);
            DataSource dataSource = context.getBean(DataSource.class);

            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .toList();
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);

            List<String> report = new ArrayList<>();
            long importRows = 0;
            long importMillis = 0;
            // The baselines of each file run right after its import, so that both see about the same load of the
            // (shared) machine.
            long[] copy = new long[2];
            long[] typed = new long[2];
            long[] bare = new long[2];
            List<String> copyReport = new ArrayList<>();
            List<String> typedReport = new ArrayList<>();
            List<String> bareReport = new ArrayList<>();
            List<String> tables = files.stream().map(ImportBenchmark::tableOf).toList();
            for (String type : files) {
                Path file = data.resolve(type + ".csv");
                long id;
                try (InputStream in = Files.newInputStream(file)) {
                    id = imports.submitAsSystem(file.getFileName().toString(), in, type, null, "UTF-8");
                }
                ImportJob job = imports.job(id);
                while (!job.status().finished()) {
                    Thread.sleep(500);
                    job = imports.job(id);
                }
                if (job.status() != ImportJob.Status.SUCCEEDED) {
                    throw new IllegalStateException(type + ": job " + id + " failed: " + job.message());
                }
                long millis =
                        Duration.between(job.startedAt(), job.finishedAt()).toMillis();
                importRows += job.rowsRead();
                importMillis += millis;
                report.add(String.format(
                        Locale.ROOT,
                        "%-16s %,12d rows read %,12d inserted %,8d rejected  import %8.1f s %,9.0f rows/s",
                        type,
                        job.rowsRead(),
                        job.rowsInserted(),
                        job.rowsRejected(),
                        millis / 1000.0,
                        job.rowsRead() * 1000.0 / Math.max(1, millis)));
                System.out.println("imported " + report.get(report.size() - 1));
                try (Connection connection = dataSource.getConnection()) {
                    connection.setAutoCommit(true);
                    copyReport.add(copyText(connection, data, type, copy));
                    String[] typedAndBare = copyTyped(connection, data, type, tables, typed, bare);
                    typedReport.add(typedAndBare[0]);
                    bareReport.add(typedAndBare[1]);
                }
                System.out.println("baseline 1 " + copyReport.get(copyReport.size() - 1));
                System.out.println("baseline 2 " + typedReport.get(typedReport.size() - 1));
                System.out.println("baseline 3 " + bareReport.get(bareReport.size() - 1));
            }
            long peakHeap =
                    heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();

            System.out.println();
            System.out.println("================ ipcity import benchmark ================");
            System.out.printf(
                    Locale.ROOT,
                    "scale %s, seed 7, %d cores, max heap %,d MB, files %s%n",
                    scale,
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20,
                    files);
            System.out.println("-- importer (validation, attribution, upsert; job start to end)");
            report.forEach(System.out::println);
            System.out.printf(
                    Locale.ROOT,
                    "%-16s %,12d rows  import %8.1f s %,9.0f rows/s%n",
                    "overall",
                    importRows,
                    importMillis / 1000.0,
                    importRows * 1000.0 / Math.max(1, importMillis));
            System.out.println("-- baseline 1: COPY of the same files into plain text tables, same server");
            copyReport.forEach(System.out::println);
            System.out.printf(
                    Locale.ROOT,
                    "%-16s %,12d rows  COPY %8.1f s %,10.0f rows/s%n",
                    "overall",
                    copy[0],
                    copy[1] / 1000.0,
                    copy[0] * 1000.0 / Math.max(1, copy[1]));
            System.out.println("-- baseline 2: COPY of the rows as stored into empty copies of the registry tables"
                    + " (same types, keys, indexes, foreign keys), same server");
            typedReport.forEach(System.out::println);
            System.out.printf(
                    Locale.ROOT,
                    "%-16s %,12d rows  COPY %8.1f s %,10.0f rows/s%n",
                    "overall",
                    typed[0],
                    typed[1] / 1000.0,
                    typed[0] * 1000.0 / Math.max(1, typed[1]));
            System.out.println(
                    "-- baseline 3: the same rows COPYed into bare copies of the registry tables (types, checks,"
                            + " no index), then the tables' indexes built (what the importer does on a first load), same server");
            bareReport.forEach(System.out::println);
            System.out.printf(
                    Locale.ROOT,
                    "%-16s %,12d rows  COPY %8.1f s %,10.0f rows/s%n",
                    "overall",
                    bare[0],
                    bare[1] / 1000.0,
                    bare[0] * 1000.0 / Math.max(1, bare[1]));
            double importRate = importRows * 1000.0 / Math.max(1, importMillis);
            System.out.printf(
                    Locale.ROOT,
                    "import/COPY throughput ratio, baseline 1 (text tables): %.3f (import takes %.1f× the time of COPY)%n",
                    importRate / (copy[0] * 1000.0 / Math.max(1, copy[1])),
                    importMillis / (double) Math.max(1, copy[1]));
            System.out.printf(
                    Locale.ROOT,
                    "import/COPY throughput ratio, baseline 2 (registry tables): %.3f (import takes %.1f× the time of COPY)%n",
                    importRate / (typed[0] * 1000.0 / Math.max(1, typed[1])),
                    importMillis / (double) Math.max(1, typed[1]));
            System.out.printf(
                    Locale.ROOT,
                    "import/COPY throughput ratio, baseline 3 (bare tables, indexes built after): %.3f (import takes %.1f×"
                            + " the time of COPY and index builds)%n",
                    importRate / (bare[0] * 1000.0 / Math.max(1, bare[1])),
                    importMillis / (double) Math.max(1, bare[1]));
            System.out.printf(Locale.ROOT, "peak heap during the imports and COPYs: %,d MB%n", peakHeap >> 20);
            System.out.printf(Locale.ROOT, "peak RSS of the JVM (VmHWM, incl. generation): %s%n", peakRss());
            System.out.println("=========================================================");
        } finally {
            deleteFolder(data);
        }
    }

    /** Baseline 1: the file COPYed into a table of text columns; adds rows and millis to {@code total}. */
    private static String copyText(Connection connection, Path data, String type, long[] total) throws Exception {
        Path file = data.resolve(type + ".csv");
        String table = "bench_copy_" + type.replace('-', '_');
        int columns = header(file).split(",", -1).length;
        StringBuilder ddl = new StringBuilder("create table " + table + " (");
        for (int c = 1; c <= columns; c++) {
            ddl.append(c > 1 ? ", " : "").append("c").append(c).append(" text");
        }
        try (Statement st = connection.createStatement()) {
            st.execute("drop table if exists " + table);
            st.execute(ddl.append(")").toString());
        }
        long t0 = System.nanoTime();
        long rows;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy " + table + " from stdin with (format csv, header true)", reader);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        total[0] += rows;
        total[1] += millis;
        return String.format(
                Locale.ROOT,
                "%-16s %,12d rows  COPY %8.1f s %,10.0f rows/s",
                type,
                rows,
                millis / 1000.0,
                rows * 1000.0 / Math.max(1, millis));
    }

    /**
     * Baseline 2: the rows as the registry stores them (converted by the import, dumped to a file, not timed)
     * COPYed into an empty copy of the registry table with the same column types, defaults, checks, keys,
     * indexes and foreign keys: the cost of just landing the same rows in that table.
     */
    private static String[] copyTyped(
            Connection connection, Path data, String type, List<String> tables, long[] total, long[] bareTotal)
            throws Exception {
        String table = tableOf(type);
        String copy = "bench_typed_" + table;
        String columns = String.join(", ", typedColumns(connection, table));
        Path dump = data.resolve(table + ".typed.csv");
        try (Statement st = connection.createStatement()) {
            st.execute("drop table if exists " + copy + " cascade");
            st.execute("create table " + copy + " (like " + table + " including all)");
            for (String fk : foreignKeys(connection, table, tables)) {
                st.execute("alter table " + copy + " add " + fk);
            }
        }
        try (var out = Files.newOutputStream(dump)) {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyOut("copy (select " + columns + " from " + table + ") to stdout with (format csv)", out);
        }
        long t0 = System.nanoTime();
        long rows = copyIn(connection, copy, columns, dump);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        String bare = copyBare(connection, type, table, columns, dump, bareTotal);
        Files.delete(dump);
        total[0] += rows;
        total[1] += millis;
        return new String[] {
            String.format(
                    Locale.ROOT,
                    "%-16s %,12d rows  COPY %8.1f s %,10.0f rows/s",
                    type,
                    rows,
                    millis / 1000.0,
                    rows * 1000.0 / Math.max(1, millis)),
            bare
        };
    }

    /**
     * Baseline 3: the same dump COPYed into a copy of the registry table with its types, defaults and checks but no
     * index, then every index of the registry table built on it (the first-load technique of the importer, with
     * the same {@code maintenance_work_mem}).
     */
    private static String copyBare(
            Connection connection, String type, String table, String columns, Path dump, long[] total)
            throws Exception {
        String copy = "bench_bare_" + table;
        List<String> indexes = new ArrayList<>();
        try (Statement st = connection.createStatement()) {
            st.execute("drop table if exists " + copy + " cascade");
            st.execute("create table " + copy + " (like " + table + " including defaults including constraints)");
            try (var rs =
                    st.executeQuery("select indexdef from pg_indexes where schemaname = 'public' and tablename = '"
                            + table + "' order by indexname")) {
                int i = 0;
                while (rs.next()) {
                    // the same definition on the copy, under a name of its own
                    indexes.add(rs.getString(1)
                            .replaceFirst(
                                    " INDEX \\S+ ON public\\." + table + " ",
                                    " INDEX " + copy + "_" + i++ + " ON public." + copy + " "));
                }
            }
            st.execute("set maintenance_work_mem = '256MB'");
        }
        long t0 = System.nanoTime();
        long rows = copyIn(connection, copy, columns, dump);
        try (Statement st = connection.createStatement()) {
            for (String index : indexes) {
                st.execute(index);
            }
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        try (Statement st = connection.createStatement()) {
            st.execute("reset maintenance_work_mem");
        }
        total[0] += rows;
        total[1] += millis;
        return String.format(
                Locale.ROOT,
                "%-16s %,12d rows  COPY %8.1f s %,10.0f rows/s (%d indexes built after)",
                type,
                rows,
                millis / 1000.0,
                rows * 1000.0 / Math.max(1, millis),
                indexes.size());
    }

    /** COPYs a CSV dump into the table's columns; returns the rows. */
    private static long copyIn(Connection connection, String table, String columns, Path dump) throws Exception {
        try (InputStream in = Files.newInputStream(dump)) {
            return connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy " + table + " (" + columns + ") from stdin with (format csv)", in);
        }
    }

    /** The registry table an import type is loaded into. */
    private static String tableOf(String type) {
        return "copyright".equals(type) ? "copyright_registration" : type.replace('-', '_');
    }

    /** The table's columns except a generated key and the update time (their defaults fill them). */
    private static List<String> typedColumns(Connection connection, String table) throws java.sql.SQLException {
        List<String> columns = new ArrayList<>();
        try (var st = connection.prepareStatement(
                "select column_name from information_schema.columns where table_schema = 'public' and table_name = ?"
                        + " and coalesce(column_default, '') not like 'nextval(%' and column_name <> 'updated_at'"
                        + " order by ordinal_position")) {
            st.setString(1, table);
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    /** The table's foreign keys, pointing at the benchmark's copy of the referenced table when it has one. */
    private static List<String> foreignKeys(Connection connection, String table, List<String> copied)
            throws java.sql.SQLException {
        List<String> keys = new ArrayList<>();
        try (var st = connection.prepareStatement(
                "select pg_get_constraintdef(oid), confrelid::regclass::text from pg_constraint"
                        + " where conrelid = ?::regclass and contype = 'f'")) {
            st.setString(1, table);
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    String def = rs.getString(1);
                    String referenced = rs.getString(2);
                    keys.add(
                            copied.contains(referenced)
                                    ? def.replace(
                                            "REFERENCES " + referenced + "(",
                                            "REFERENCES bench_typed_" + referenced + "(")
                                    : def);
                }
            }
        }
        return keys;
    }

    private static String header(Path file) throws java.io.IOException {
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return reader.readLine();
        }
    }

    private static String peakRss() throws java.io.IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "n/a";
        }
        return Files.readAllLines(status).stream()
                .filter(l -> l.startsWith("VmHWM:"))
                .map(l -> l.substring(6).trim())
                .findFirst()
                .orElse("n/a");
    }

    private static void deleteFolder(Path folder) throws java.io.IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
