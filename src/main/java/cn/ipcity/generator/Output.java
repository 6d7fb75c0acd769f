package cn.ipcity.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** One sink per import type, all opened at the start so that every file exists with its header. */
final class Output implements AutoCloseable {

    private final Map<ImportFormat, RowSink> sinks = new EnumMap<>(ImportFormat.class);
    private final BackgroundWriter writer = new BackgroundWriter();

    Output(Path folder, Charset charset, boolean xlsx) throws IOException {
        Files.createDirectories(folder);
        for (ImportFormat format : ImportFormat.values()) {
            sinks.put(
                    format,
                    xlsx
                            ? new XlsxSink(folder, format.type(), format.header())
                            : new CsvSink(folder.resolve(format.type() + ".csv"), charset, format.header(), writer));
        }
    }

    void write(ImportFormat format, String... cells) {
        try {
            sinks.get(format).write(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Long> rows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        sinks.forEach((format, sink) -> rows.put(format.type(), sink.rows()));
        return rows;
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (RowSink sink : sinks.values()) {
            try {
                sink.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        try {
            writer.close();
        } catch (IOException e) {
            failure = e;
        }
        if (failure != null) {
            throw failure;
        }
    }
}
