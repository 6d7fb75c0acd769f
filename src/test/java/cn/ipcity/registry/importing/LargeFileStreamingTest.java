package cn.ipcity.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * "A 1 GB file streams, does not load in memory": 300 MB of patent rows, generated on the fly, go through the
 * CSV reader, the profile and the validation in a child JVM whose heap is capped at 64 MB. Loading the file
 * (or keeping its rows) would die with OutOfMemoryError; streaming finishes, and the peak heap stays far below
 * the file size. (The database half is exercised by the import tests; COPY streams by construction.)
 */
class LargeFileStreamingTest {

    private static final long SIZE = 300L * 1024 * 1024;

    @Test
    void threeHundredMegabytesStreamThroughA64MegabyteHeap() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(
                        java,
                        "-Xmx64m",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        StreamingProbe.class.getName(),
                        String.valueOf(SIZE)))
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        Matcher m = Pattern.compile("rows=(\\d+) rejected=(\\d+) bytes=(\\d+) millis=(\\d+) peakHeap=(\\d+)")
                .matcher(out);
        assertThat(m.find()).as(out).isTrue();
        long rows = Long.parseLong(m.group(1));
        long bytes = Long.parseLong(m.group(3));
        long peak = Long.parseLong(m.group(5));
        System.out.printf(
                "streamed %d MB, %d rows in %d ms (%.0f rows/s), peak heap %d MB%n",
                bytes >> 20, rows, Long.parseLong(m.group(4)), rows * 1000.0 / Long.parseLong(m.group(4)), peak >> 20);
        assertThat(bytes).isGreaterThanOrEqualTo(SIZE);
        assertThat(Long.parseLong(m.group(2))).as(out).isZero();
        assertThat(rows).isGreaterThan(700_000);
        assertThat(peak).isLessThan(64L * 1024 * 1024).isLessThan(bytes / 6);
    }
}
