package cn.ipcity.generator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * RFC 4180 CSV, comma separated, CRLF line ends, fields quoted only when they contain a comma, a quote or a
 * line break. Hand-written rather than Commons CSV’s printer because it is the hot loop of the generator. Rows are
 * collected in 64 KB chunks that the {@link BackgroundWriter} encodes and writes; the encoder reports unmappable
 * characters, so a GBK file never silently holds replacement characters.
 */
final class CsvSink implements RowSink {

    private static final int CHUNK = 1 << 16;

    private final OutputStream out;
    private final Charset charset;
    private final CharsetEncoder encoder;
    private final BackgroundWriter writer;
    private final int width;
    private final StringBuilder chunk = new StringBuilder(CHUNK + 4096);
    private long rows;

    CsvSink(Path file, Charset charset, List<String> header, BackgroundWriter writer) throws IOException {
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        this.charset = charset;
        this.encoder = StandardCharsets.UTF_8.equals(charset)
                ? null
                : charset.newEncoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.writer = writer;
        this.width = header.size();
        append(header.toArray(String[]::new));
    }

    @Override
    public void write(String... cells) throws IOException {
        if (cells.length != width) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, header has " + width);
        }
        append(cells);
        rows++;
        if (chunk.length() >= CHUNK) {
            flushChunk();
        }
    }

    private void append(String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                chunk.append(',');
            }
            String cell = cells[i];
            if (cell == null || cell.isEmpty()) {
                continue;
            }
            if (cell.indexOf(',') >= 0
                    || cell.indexOf('"') >= 0
                    || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0) {
                chunk.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                chunk.append(cell);
            }
        }
        chunk.append("\r\n");
    }

    private void flushChunk() throws IOException {
        if (chunk.isEmpty()) {
            return;
        }
        String text = chunk.toString();
        chunk.setLength(0);
        writer.submit(() -> out.write(encode(text)));
    }

    private byte[] encode(String text) throws IOException {
        if (encoder == null) {
            return text.getBytes(charset);
        }
        ByteBuffer bytes = encoder.encode(CharBuffer.wrap(text));
        byte[] array = new byte[bytes.remaining()];
        bytes.get(array);
        return array;
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        flushChunk();
        writer.submit(out::close);
    }
}
