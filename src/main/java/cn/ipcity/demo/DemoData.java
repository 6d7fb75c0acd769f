package cn.ipcity.demo;

import cn.ipcity.common.InvalidInputException;
import cn.ipcity.database.EmbeddedDatabaseMode;
import cn.ipcity.generator.DataGenerator;
import cn.ipcity.generator.GenerationSummary;
import cn.ipcity.generator.GeneratorOptions;
import cn.ipcity.registry.ImportJob;
import cn.ipcity.registry.Imports;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Loads the demo data set (威海 with 环翠区, 烟台, 淄博) once, at first start of the embedded default: generates it
 * with the generator ({@link #SCALE}, {@link #SEED}) into a temporary folder and imports the files through the
 * importer as system jobs, in dependency order, in a background thread so that the UI is usable at once. The load
 * is remembered in table {@code demo_data_load}; an interrupted load is resumed at the next start (the same seed
 * generates the same files; files already imported are skipped). {@code ipcity.demo-data=auto|true|false}.
 */
@Service
public class DemoData {

    /**
     * Scale of the generator (see docs/generator.md): the three cities at their realistic volume, about 2.2 million
     * rows, generated and imported in about 1.5 minutes on 2 cores (measured, README).
     */
    public static final double SCALE = 1;

    public static final long SEED = 7;

    /** Import order: parties before the records naming them, patents before their events. */
    static final List<String> FIRST = List.of("party", "patent", "patent-event", "trademark");

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** What is being loaded now: file k (1-based) of n. */
    public record Progress(int file, int files, String fileName) {}

    private final Imports imports;
    private final JdbcClient jdbc;
    private final boolean enabled;
    private volatile Progress progress;

    DemoData(
            Imports imports,
            JdbcClient jdbc,
            ObjectProvider<EmbeddedDatabaseMode> embedded,
            @Value("${ipcity.demo-data:auto}") String setting) {
        this.imports = imports;
        this.jdbc = jdbc;
        boolean isEmbedded = embedded.getIfAvailable() != null;
        // Only ever on the embedded database: demo records have no place in a real installation.
        this.enabled = isEmbedded && ("auto".equals(setting) || Boolean.parseBoolean(setting));
    }

    /** The load in progress, empty when none runs. */
    public Optional<Progress> progress() {
        return Optional.ofNullable(progress);
    }

    @EventListener(ApplicationReadyEvent.class)
    void startInBackground() {
        if (!enabled || isFinished()) {
            return;
        }
        Thread thread = new Thread(
                () -> {
                    try {
                        load(SCALE, SEED);
                    } catch (RuntimeException e) {
                        log.error("Demo data load failed; it is retried at the next start", e);
                    }
                },
                "demo-data");
        thread.setDaemon(true);
        thread.start();
    }

    boolean isFinished() {
        return jdbc.sql("select count(*) from demo_data_load where finished_at is not null")
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Generates and imports the demo data unless already loaded; resumes an interrupted load with its own scale and
     * seed. Blocks until done.
     *
     * @return false when the data set was already loaded (nothing done)
     */
    boolean load(double scale, long seed) {
        jdbc.sql("insert into demo_data_load (scale, seed, started_at) values (?, ?, now()) on conflict do nothing")
                .params(BigDecimal.valueOf(scale), seed)
                .update();
        var state = jdbc.sql("select scale, seed, finished_at is not null as done, loaded_files from demo_data_load")
                .query((rs, n) -> new State(
                        rs.getBigDecimal("scale").doubleValue(),
                        rs.getLong("seed"),
                        rs.getBoolean("done"),
                        Arrays.asList((String[]) rs.getArray("loaded_files").getArray())))
                .single();
        if (state.done()) {
            return false;
        }
        long start = System.nanoTime();
        Path folder = null;
        try {
            folder = Files.createTempDirectory("ipcity-demo-");
            log.info(
                    "Loading the demo data (威海, 烟台, 淄博; scale {}, seed {}){}",
                    state.scale(),
                    state.seed(),
                    state.loaded().isEmpty() ? "" : ", resuming after " + state.loaded());
            GenerationSummary summary = new DataGenerator()
                    .generate(new GeneratorOptions(state.scale(), state.seed(), folder, StandardCharsets.UTF_8, false));
            List<String> types = ordered(summary);
            long rows = 0;
            for (int i = 0; i < types.size(); i++) {
                String type = types.get(i);
                progress = new Progress(i + 1, types.size(), type + ".csv");
                if (state.loaded().contains(type)) {
                    continue;
                }
                ImportJob job = importFile(folder.resolve(type + ".csv"), type);
                if (job.status() != ImportJob.Status.SUCCEEDED) {
                    throw new IllegalStateException(
                            "demo data: import of " + type + ".csv failed (job " + job.id() + "): " + job.message());
                }
                rows += job.rowsImported();
                jdbc.sql("update demo_data_load set loaded_files = array_append(loaded_files, ?)")
                        .param(type)
                        .update();
                log.info(
                        "Demo data: file {}/{} {}.csv imported: {} rows ({} rejected), job {}",
                        i + 1,
                        types.size(),
                        type,
                        job.rowsImported(),
                        job.rowsRejected(),
                        job.id());
            }
            jdbc.sql("update demo_data_load set finished_at = now()").update();
            log.info(
                    "Demo data loaded: {} rows in {} s (generation {} s)",
                    rows,
                    (System.nanoTime() - start) / 1_000_000_000,
                    summary.millis() / 1000);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            progress = null;
            if (folder != null) {
                deleteFolder(folder);
            }
        }
    }

    private record State(double scale, long seed, boolean done, List<String> loaded) {}

    static List<String> ordered(GenerationSummary summary) {
        List<String> types = new ArrayList<>(FIRST);
        summary.rows().keySet().stream().filter(t -> !FIRST.contains(t)).forEach(types::add);
        types.retainAll(summary.rows().keySet());
        return types;
    }

    private ImportJob importFile(Path file, String type) throws IOException {
        long id;
        while (true) {
            try (InputStream in = Files.newInputStream(file)) {
                id = imports.submitAsSystem(file.getFileName().toString(), in, type, null, "UTF-8");
                break;
            } catch (InvalidInputException e) {
                if (imports.acceptsJobs()) {
                    throw e;
                }
                pause(); // the queue is full of users' jobs: wait for a slot
            }
        }
        while (true) {
            ImportJob job = imports.job(id);
            if (job.status().finished()) {
                return job;
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("demo data load interrupted", e);
        }
    }

    private static void deleteFolder(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("could not delete {}", folder, e);
        }
    }
}
