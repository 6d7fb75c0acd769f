package cn.ipcity.registry.importing;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import org.postgresql.copy.CopyIn;

/**
 * Streams staged rows into PostgreSQL with {@code COPY … FROM STDIN (FORMAT csv)}: rows are encoded into a
 * buffer and sent in 64 KiB chunks, so nothing accumulates in memory. NULL is an unquoted empty field; every
 * text is quoted; lists become array literals.
 */
final class StagingWriter {

    private static final int CHUNK = 1 << 16;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);
    private long rows;

    StagingWriter(CopyIn copy) {
        this.copy = copy;
    }

    void row(long rowNo, String key, Object[] values) {
        buffer.append(rowNo).append(',');
        quote(key);
        for (Object v : values) {
            buffer.append(',');
            append(v);
        }
        buffer.append('\n');
        rows++;
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    long finish() {
        flush();
        try {
            return copy.endCopy();
        } catch (SQLException e) {
            throw new ImportFailure("写入暂存表失败 / COPY into the staging table failed: " + e.getMessage(), e);
        }
    }

    void cancel() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            // the transaction is rolled back anyway
        }
    }

    long rows() {
        return rows;
    }

    private void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new ImportFailure("写入暂存表失败 / COPY into the staging table failed: " + e.getMessage(), e);
        }
    }

    private void append(Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof LocalDate || v instanceof Number) {
            buffer.append(v);
        } else if (v instanceof Boolean b) {
            buffer.append(b ? 't' : 'f');
        } else if (v instanceof Collection<?> list) {
            StringBuilder array = new StringBuilder("{");
            for (Object o : list) {
                if (array.length() > 1) {
                    array.append(',');
                }
                if (o instanceof Number || o instanceof LocalDate) {
                    array.append(o);
                } else {
                    array.append('"');
                    String s = String.valueOf(o);
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        if (c == '"' || c == '\\') {
                            array.append('\\');
                        }
                        array.append(c);
                    }
                    array.append('"');
                }
            }
            quote(array.append('}').toString());
        } else {
            quote(v.toString());
        }
    }

    private void quote(String s) {
        buffer.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                buffer.append('"');
            }
            if (c != '\u0000') {
                buffer.append(c);
            }
        }
        buffer.append('"');
    }
}
