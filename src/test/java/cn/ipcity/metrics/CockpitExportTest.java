package cn.ipcity.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipcity.program.Comparator;
import cn.ipcity.program.TargetKind;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The indicator table as XLSX and CSV: opened again with POI and Commons CSV, cell by cell. */
class CockpitExportTest {

    private static final LocalDate AS_OF = LocalDate.parse("2025-06-30");

    /** One computed card with every figure, one NOT_COMPUTED card whose figures must stay empty (never 0). */
    static CockpitView view() {
        CockpitView.Card computed = new CockpitView.Card(
                "valid-invention-patents",
                "有效发明专利拥有量",
                "Valid invention patents",
                "valid_invention_patents",
                "MEASURE",
                "件",
                "件",
                TargetKind.STOCK_AT_END,
                Comparator.GE,
                new BigDecimal("7123"),
                AS_OF,
                new BigDecimal("6000"),
                new BigDecimal("7500"),
                new BigDecimal("7123"),
                new BigDecimal("6900.5"),
                new BigDecimal("7600.25"),
                true,
                CockpitView.Status.ON_TRACK,
                "ON_TRAJECTORY",
                false,
                new CockpitView.Text("7123件", "6000件", "7500件", "7123件", "7600.25件"),
                null,
                null,
                AS_OF);
        CockpitView.Card notComputed = new CockpitView.Card(
                "pledge-amount-new",
                "知识产权质押融资金额（新增, \"累计\"）",
                null,
                "pledge_amount",
                "NOT_COMPUTED",
                "元",
                "元",
                TargetKind.INCREMENT,
                Comparator.GE,
                null,
                null,
                null,
                new BigDecimal("3000000000"),
                null,
                null,
                null,
                null,
                CockpitView.Status.NOT_COMPUTED,
                null,
                false,
                new CockpitView.Text("—", "—", "30亿元", "—", "—"),
                null,
                null,
                null);
        return new CockpitView(
                "weihai-2024",
                "威海市知识产权强市建设工作方案",
                "371000",
                LocalDate.parse("2024-01-01"),
                LocalDate.parse("2026-12-31"),
                AS_OF,
                List.of(computed, notComputed),
                List.of("371002"),
                List.of());
    }

    @Test
    void xlsxHasTheApiColumnsAndNumericCells() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(CockpitExport.xlsx(view())))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("weihai-2024 2025-06-30");
            Row header = sheet.getRow(0);
            for (int c = 0; c < CockpitExport.COLUMNS.size(); c++) {
                assertThat(header.getCell(c).getStringCellValue()).isEqualTo(CockpitExport.COLUMNS.get(c));
            }
            assertThat(CockpitExport.COLUMNS)
                    .containsExactly(
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
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("valid-invention-patents");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("有效发明专利拥有量");
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(7123.0);
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(6000.0);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(7500.0);
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("STOCK_AT_END");
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("≥");
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(7123.0);
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo("ON_TRACK");
            assertThat(first.getCell(9).getNumericCellValue()).isEqualTo(7600.25);
            assertThat(first.getCell(10).getStringCellValue()).isEqualTo("件");
            Row second = sheet.getRow(2);
            assertThat(second.getCell(8).getStringCellValue()).isEqualTo("NOT_COMPUTED");
            // missing figures are empty cells, not 0
            for (int c : new int[] {2, 3, 7, 9}) {
                assertThat(second.getCell(c))
                        .as("column %s", CockpitExport.COLUMNS.get(c))
                        .isNull();
            }
            assertThat(second.getCell(4).getNumericCellValue()).isEqualTo(3.0e9);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void csvIsUtf8WithBomAndParsesBack() throws Exception {
        byte[] bytes = CockpitExport.csv(view());
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
        assertThat(records).hasSize(2);
        CSVRecord first = records.get(0);
        assertThat(first.getParser().getHeaderNames()).isEqualTo(CockpitExport.COLUMNS);
        assertThat(first.get("indicator")).isEqualTo("valid-invention-patents");
        assertThat(first.get("actual")).isEqualTo("7123");
        assertThat(first.get("forecast")).isEqualTo("7600.25");
        assertThat(first.get("comparator")).isEqualTo("≥");
        CSVRecord second = records.get(1);
        // the quotes and comma of the name survive the round trip
        assertThat(second.get("name")).isEqualTo("知识产权质押融资金额（新增, \"累计\"）");
        // 30 亿元 in the base unit, written without an exponent
        assertThat(second.get("target")).isEqualTo("3000000000");
        assertThat(second.get("actual")).isEmpty();
        assertThat(second.get("achievement")).isEmpty();
        assertThat(second.get("status")).isEqualTo("NOT_COMPUTED");
        assertThat(second.get("unit")).isEqualTo("元");
    }
}
