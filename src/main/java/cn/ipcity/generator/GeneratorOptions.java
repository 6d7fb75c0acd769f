package cn.ipcity.generator;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * What to generate: {@code scale} (see {@link Scope}), the seed that makes the output reproducible, the output
 * folder, the CSV encoding (UTF-8 or GBK) and whether to write XLSX instead of CSV.
 */
public record GeneratorOptions(double scale, long seed, Path out, Charset encoding, boolean xlsx) {

    public GeneratorOptions {
        if (!(scale > 0 && scale <= Scope.MAX_SCALE)) {
            throw new IllegalArgumentException("scale must be > 0 and <= " + Scope.MAX_SCALE + ": " + scale);
        }
        if (out == null || encoding == null) {
            throw new IllegalArgumentException("out and encoding are required");
        }
    }
}
