package cn.ipcity.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX through POI’s streaming SXSSF (only a window of rows in memory, the rest in compressed temporary files).
 * All cells are text, as in the CSV. A sheet holds at most 1,048,575 data rows: beyond that the rows go on in
 * {@code name.part2.xlsx}, {@code name.part3.xlsx}, … each with the header in row 1.
 */
final class XlsxSink implements RowSink {

    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2026, 12, 31, 0, 0);
    private static final Date FIXED_CREATED = Date.from(Instant.parse("2026-12-31T00:00:00Z"));

    static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    private final Path folder;
    private final String baseName;
    private final List<String> header;
    private SXSSFWorkbook workbook;
    private SXSSFSheet sheet;
    private Path current;
    private int part;
    private int rowInPart;
    private long rows;

    XlsxSink(Path folder, String baseName, List<String> header) {
        this.folder = folder;
        this.baseName = baseName;
        this.header = header;
        open();
    }

    private void open() {
        part++;
        current = folder.resolve(part == 1 ? baseName + ".xlsx" : baseName + ".part" + part + ".xlsx");
        workbook = new SXSSFWorkbook(200);
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(baseName);
        rowInPart = 0;
        append(header.toArray(String[]::new));
    }

    private void append(String[] cells) {
        Row row = sheet.createRow(rowInPart++);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null && !cells[i].isEmpty()) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
    }

    @Override
    public void write(String... cells) throws IOException {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, header has " + header.size());
        }
        if (rowInPart > MAX_DATA_ROWS) {
            flush();
            open();
        }
        append(cells);
        rows++;
    }

    private void flush() throws IOException {
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(FIXED_CREATED));
        Path raw = Files.createTempFile(folder, baseName, ".raw");
        try {
            try (OutputStream out = Files.newOutputStream(raw)) {
                workbook.write(out);
            } finally {
                workbook.close();
            }
            normalizeTimes(raw, current);
        } finally {
            Files.deleteIfExists(raw);
        }
    }

    /**
     * POI stamps every ZIP entry with the current time; rewriting the entries with one fixed time makes the same
     * seed give byte-identical workbooks.
     */
    private static void normalizeTimes(Path source, Path target) throws IOException {
        try (ZipFile in = new ZipFile(source.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(FIXED_TIME);
                out.putNextEntry(copy);
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
