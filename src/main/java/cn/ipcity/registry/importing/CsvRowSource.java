package cn.ipcity.registry.importing;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** RFC 4180 CSV read record by record through Commons CSV: memory stays flat whatever the file size. */
public final class CsvRowSource implements RowSource {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();

    private final BufferedInputStream in;
    private final Charset charset;

    /** @param declared null to detect the encoding */
    public CsvRowSource(InputStream in, Charset declared) throws IOException {
        this.in = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 1 << 16);
        this.charset = Encodings.resolve(this.in, declared);
    }

    public Charset charset() {
        return charset;
    }

    @Override
    public void read(Consumer<List<String>> onHeader, Consumer<RawRow> onRow) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(in, Encodings.strictDecoder(charset)), 1 << 16);
        try (CSVParser parser =
                CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new ImportFailure("文件为空 / the file is empty (no header row)");
            }
            List<String> header = new ArrayList<>();
            records.next().forEach(h -> header.add(h.strip()));
            onHeader.accept(header);
            while (records.hasNext()) {
                CSVRecord r = records.next();
                if (r.size() == 1 && r.get(0).isEmpty()) {
                    continue; // blank line
                }
                onRow.accept(new RawRow(r.getRecordNumber(), r.values(), null));
            }
        } catch (UncheckedIOException e) {
            throw failure(e.getCause());
        } catch (CharacterCodingException e) {
            throw failure(e);
        }
    }

    private ImportFailure failure(IOException e) {
        String where = "";
        if (e instanceof CharacterCodingException cce) {
            return new ImportFailure(Encodings.describe(cce, charset) + where, e);
        }
        return new ImportFailure("文件不完整或格式损坏 / the file is truncated or malformed" + where + ": " + e.getMessage(), e);
    }

    @Override
    public List<String> warnings() {
        return List.of();
    }
}
