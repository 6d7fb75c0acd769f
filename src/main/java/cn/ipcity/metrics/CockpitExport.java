package cn.ipcity.metrics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cockpit's indicator table as a file, with the columns of the progress API ({@link #COLUMNS}). Values are in
 * base units (件, 元, %), as in the API, so that a spreadsheet can compute with them; missing values are empty
 * cells, never 0. CSV is UTF-8 with a byte-order mark, which Excel needs to read Chinese correctly.
 */
public final class CockpitExport {

    public static final List<String> COLUMNS = List.of(
            "indicator",
            "name",
            "actual",
            "baseline",
            "target",
            "targetKind",
            "comparator",
            "achievement",
            "status",
            "forecast",
            "unit");

    private static final int NAME_COLUMN_WIDTH = 40 * 256;

    private CockpitExport() {}

    public static byte[] xlsx(CockpitView view) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(view.program() + " " + view.asOf()));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Row first = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Cell cell = first.createCell(c);
                cell.setCellValue(COLUMNS.get(c));
                cell.setCellStyle(header);
            }
            int r = 1;
            for (CockpitView.Card card : view.cards()) {
                Row row = sheet.createRow(r++);
                List<Object> values = values(card);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof BigDecimal number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.autoSizeColumn(c);
            }
            sheet.setColumnWidth(1, NAME_COLUMN_WIDTH);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] csv(CockpitView view) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            CSVPrinter printer = CSVFormat.RFC4180
                    .builder()
                    .setHeader(COLUMNS.toArray(String[]::new))
                    .get()
                    .print(writer);
            for (CockpitView.Card card : view.cards()) {
                List<String> cells = new ArrayList<>();
                for (Object v : values(card)) {
                    cells.add(
                            v == null
                                    ? ""
                                    : v instanceof BigDecimal n
                                            ? ChineseNumbers.plain(n).toPlainString()
                                            : v.toString());
                }
                printer.printRecord(cells);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<Object> values(CockpitView.Card card) {
        List<Object> values = new ArrayList<>();
        values.add(card.indicator());
        values.add(card.name());
        values.add(card.actual());
        values.add(card.baseline());
        values.add(card.target());
        values.add(card.targetKind().name());
        values.add(card.comparator().symbol());
        values.add(card.achievement());
        values.add(card.status().name());
        values.add(card.forecast());
        values.add(card.achievementUnit());
        return values;
    }
}
