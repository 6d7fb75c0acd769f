package cn.ipcity.generator;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code ipcity generate --scale S --seed N --out DIR}, optionally {@code --encoding UTF-8|GBK} and {@code --xlsx}: runs without Spring (no
 * database, no web server) and prints rows per file, rows per second and the peak heap.
 */
public final class GeneratorCommand {

    private GeneratorCommand() {}

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        double scale = 1;
        long seed = 1;
        Path dir = null;
        Charset encoding = StandardCharsets.UTF_8;
        boolean xlsx = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--scale" -> scale = Double.parseDouble(value(args, ++i));
                    case "--seed" -> seed = Long.parseLong(value(args, ++i));
                    case "--out" -> dir = Path.of(value(args, ++i));
                    case "--encoding" -> encoding = encoding(value(args, ++i));
                    case "--xlsx" -> xlsx = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (dir == null) {
                throw new IllegalArgumentException("--out DIR is required");
            }
            GeneratorOptions options = new GeneratorOptions(scale, seed, dir, encoding, xlsx);
            GenerationSummary summary = new DataGenerator().generate(options);
            out.printf(Locale.ROOT, "generated scale %s seed %d into %s%n", scale, seed, dir.toAbsolutePath());
            summary.rows().forEach((file, rows) -> out.printf(Locale.ROOT, "  %-16s %,12d rows%n", file, rows));
            double seconds = Math.max(summary.millis(), 1) / 1000.0;
            out.printf(
                    Locale.ROOT,
                    "  total %,d rows in %.1f s (%,.0f rows/s), peak heap %,d MB%n",
                    summary.totalRows(),
                    seconds,
                    summary.totalRows() / seconds,
                    peakHeap() / (1024 * 1024));
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("generate: " + e.getMessage());
            err.println("usage: generate --scale S --seed N --out DIR [--encoding UTF-8|GBK] [--xlsx]");
            return 2;
        } catch (Exception e) {
            err.println("generate failed: " + e);
            e.printStackTrace(err);
            return 1;
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException("option " + args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static Charset encoding(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "UTF-8", "UTF8" -> StandardCharsets.UTF_8;
            case "GBK" -> Charset.forName("GBK");
            default -> throw new IllegalArgumentException("--encoding is UTF-8 or GBK: " + name);
        };
    }

    /** Sum of the peak usage of the heap memory pools since the JVM started. */
    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
