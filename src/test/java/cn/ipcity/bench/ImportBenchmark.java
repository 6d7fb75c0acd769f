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
 * trademark; {@code all} for every file) through the real importer as system jobs and then COPYs the same files
 * into plain text tables of the same server as the baseline. Prints rows/s per file and overall, the peak heap
 * during the imports and the process's peak RSS, and the import/COPY ratio.
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
                        "--ipcity.security.admin-password=Bench-only-2026")) {
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
            }
            long peakHeap =
                    heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();

            long copyRows = 0;
            long copyMillis = 0;
            List<String> copyReport = new ArrayList<>();
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                for (String type : files) {
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
                    copyRows += rows;
                    copyMillis += millis;
                    copyReport.add(String.format(
                            Locale.ROOT,
                            "%-16s %,12d rows  COPY %8.1f s %,10.0f rows/s",
                            type,
                            rows,
                            millis / 1000.0,
                            rows * 1000.0 / Math.max(1, millis)));
                }
            }

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
            System.out.println("-- baseline: COPY of the same files into plain text tables, same server");
            copyReport.forEach(System.out::println);
            System.out.printf(
                    Locale.ROOT,
                    "%-16s %,12d rows  COPY %8.1f s %,10.0f rows/s%n",
                    "overall",
                    copyRows,
                    copyMillis / 1000.0,
                    copyRows * 1000.0 / Math.max(1, copyMillis));
            System.out.printf(
                    Locale.ROOT,
                    "import/COPY throughput ratio: %.3f (import takes %.1f× the time of COPY)%n",
                    (importRows * 1000.0 / Math.max(1, importMillis)) / (copyRows * 1000.0 / Math.max(1, copyMillis)),
                    importMillis / (double) Math.max(1, copyMillis));
            System.out.printf(Locale.ROOT, "peak heap during the imports: %,d MB%n", peakHeap >> 20);
            System.out.printf(Locale.ROOT, "peak RSS of the JVM (VmHWM, incl. generation): %s%n", peakRss());
            System.out.println("=========================================================");
        } finally {
            deleteFolder(data);
        }
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
