package cn.ipcity.registry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Opt-in check that a folder written by the data generator imports through the shipped profiles:
 * {@code mvn test -Dtest=GeneratedFilesCheck -Dipcity.generated=DIR}. Prints the counts and the first errors
 * of every file, in dependency order (parties, patents, events, then the rest).
 */
@EnabledIfSystemProperty(named = "ipcity.generated", matches = ".+")
class GeneratedFilesCheck extends ImportTestSupport {

    static final List<String> ORDER = List.of(
            "party",
            "patent",
            "patent-event",
            "trademark",
            "copyright",
            "gi-product",
            "gi-mark-user",
            "plant-variety",
            "ic-layout",
            "designation",
            "pledge-contract",
            "tech-contract");

    @Test
    void importsEveryFile() throws Exception {
        Path dir = Path.of(System.getProperty("ipcity.generated"));
        for (String type : ORDER) {
            Path file = dir.resolve(type + ".csv");
            if (!Files.exists(file)) {
                System.out.println("GENERATED " + type + ": no file");
                continue;
            }
            long t0 = System.nanoTime();
            Map<String, Object> job =
                    importFile("admin", type, file.getFileName().toString(), Files.readAllBytes(file));
            System.out.printf(
                    "GENERATED %s: %s read %d imported %d rejected %d in %.1f s %s%n  first errors: %s%n",
                    type,
                    job.get("status"),
                    n(job, "rowsRead"),
                    n(job, "rowsImported"),
                    n(job, "rowsRejected"),
                    (System.nanoTime() - t0) / 1e9,
                    job.get("message") == null ? "" : job.get("message"),
                    errors(job).stream().limit(5).toList());
        }
        System.out.println("GENERATED review: "
                + jdbc.sql("select attribution, count(*) from party group by 1")
                        .query((rs, i) -> rs.getString(1) + "=" + rs.getLong(2))
                        .list());
    }
}
