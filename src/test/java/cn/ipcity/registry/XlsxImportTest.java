package cn.ipcity.registry;

import static cn.ipcity.registry.ImportFixtures.PARTY_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** XLSX files built with POI in the test: formulas, merged cells, a second sheet, a truncated file, dates. */
class XlsxImportTest extends ImportTestSupport {

    private static Sheet partySheet(XSSFWorkbook wb, String name) {
        Sheet sheet = wb.createSheet(name);
        Row header = sheet.createRow(0);
        String[] columns = PARTY_HEADER.split(",");
        for (int i = 0; i < columns.length; i++) {
            header.createCell(i).setCellValue(columns[i]);
        }
        return sheet;
    }

    private static void party(Sheet sheet, int row, String name, String address, String code) {
        Row r = sheet.createRow(row);
        r.createCell(0).setCellValue(name);
        r.createCell(2).setCellValue("企业");
        r.createCell(3).setCellValue(address);
        if (code != null) {
            r.createCell(4).setCellValue(Double.parseDouble(code)); // a numeric cell, as Excel stores it
        }
        r.createCell(5).setCellValue("CN");
    }

    private static byte[] bytes(XSSFWorkbook wb) throws Exception {
        try (wb;
                var out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void formulasGiveTheirComputedValuesAndTheJobSaysSo() throws Exception {
        var wb = new XSSFWorkbook();
        Sheet sheet = partySheet(wb, "权利人");
        party(sheet, 1, "公式测试有限公司", "山东省威海市环翠区", null);
        sheet.getRow(1).createCell(3).setCellFormula("\"山东省威海市\"&\"文登区米山路1号\"");
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        party(sheet, 2, "公式无值测试有限公司", "山东省威海市环翠区", null);
        var job = importFile("admin", "party", "f.xlsx", bytes(wb));
        assertThat(job.get("status")).isEqualTo("SUCCEEDED");
        assertThat(job.get("encoding")).isEqualTo("XLSX");
        assertThat((java.util.List<?>) job.get("warnings"))
                .anySatisfy(w -> assertThat((String) w).contains("formula"));
        assertThat(jdbc.sql("select jurisdiction_code from party where name = '公式测试有限公司'")
                        .query(String.class)
                        .single())
                .isEqualTo("371003");
    }

    @Test
    void aFormulaWithoutComputedValueIsACellError() throws Exception {
        var wb = new XSSFWorkbook();
        Sheet sheet = partySheet(wb, "权利人");
        party(sheet, 1, "未计算公式测试有限公司", "x", null);
        sheet.getRow(1).createCell(3).setCellFormula("\"山东省\"&\"威海市\""); // never evaluated: no cached value
        var job = importFile("admin", "party", "f.xlsx", bytes(wb));
        assertThat(n(job, "rowsRejected")).isEqualTo(1);
        assertThat((String) errors(job).get(0).get("message")).contains("formula without a computed value");
        assertThat(errors(job).get(0).get("column")).isEqualTo("地址");
    }

    @Test
    void mergedCellsStopTheJobBeforeWriting() throws Exception {
        var wb = new XSSFWorkbook();
        Sheet sheet = partySheet(wb, "权利人");
        party(sheet, 1, "合并单元格测试甲公司", "山东省威海市环翠区", null);
        party(sheet, 2, "合并单元格测试乙公司", "", null);
        sheet.addMergedRegion(new CellRangeAddress(1, 2, 3, 3)); // D2:D3, one address for two holders
        var job = importFile("admin", "party", "m.xlsx", bytes(wb));
        assertThat(job.get("status")).isEqualTo("FAILED");
        assertThat((String) job.get("message")).contains("merged cells D2:D3");
        assertThat(jdbc.sql("select count(*) from party where name like '合并单元格测试%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void onlyTheFirstSheetIsReadAndTheOthersAreNamed() throws Exception {
        var wb = new XSSFWorkbook();
        party(partySheet(wb, "权利人"), 1, "第一表测试有限公司", "山东省淄博市张店区", "370303");
        party(partySheet(wb, "备注"), 1, "第二表测试有限公司", "山东省淄博市张店区", null);
        var job = importFile("admin", "party", "s.xlsx", bytes(wb));
        assertThat(job.get("status")).isEqualTo("SUCCEEDED");
        assertThat(n(job, "rowsImported")).isEqualTo(1);
        assertThat((java.util.List<?>) job.get("warnings")).anySatisfy(w -> assertThat((String) w)
                .contains("only the first sheet '权利人'")
                .contains("备注"));
        assertThat(jdbc.sql("select count(*) from party where name = '第二表测试有限公司'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void datesAndLongNumbersInCellsAreReadAsWritten() throws Exception {
        var wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("patents");
        String[] columns = ImportFixtures.PATENT_HEADER.split(",");
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.length; i++) {
            header.createCell(i).setCellValue(columns[i]);
        }
        String number = ImportFixtures.applicationNumber(2020, 1);
        Row r = sheet.createRow(1);
        r.createCell(0).setCellValue(Double.parseDouble(number.replace(".", ""))); // 13 digits typed into Excel
        CellStyle date = wb.createCellStyle();
        date.setDataFormat((short) 14); // m/d/yy, Excel's default date format
        r.createCell(1).setCellValue(java.time.LocalDate.of(2020, 2, 29));
        r.getCell(1).setCellStyle(date);
        r.createCell(2).setCellValue("发明");
        r.createCell(3).setCellValue("一种表格导入的装置");
        r.createCell(9).setCellValue("G06F 16/29");
        r.createCell(11).setCellValue("表格测试有限公司");
        r.createCell(14).setCellValue("山东省烟台市芝罘区");
        var job = importFile("admin", "patent", "p.xlsx", bytes(wb));
        assertThat(job.get("status")).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(n(job, "rowsImported")).as(job.toString()).isEqualTo(1);
        assertThat(jdbc.sql("select filing_date::text from patent where application_number = ?")
                        .param(number)
                        .query(String.class)
                        .single())
                .isEqualTo("2020-02-29");
    }

    @Test
    void truncatedXlsxFailsAndWritesNothing() throws Exception {
        var wb = new XSSFWorkbook();
        party(partySheet(wb, "权利人"), 1, "截断表格测试有限公司", "山东省威海市环翠区", null);
        byte[] whole = bytes(wb);
        var job = importFile("admin", "party", "t.xlsx", Arrays.copyOf(whole, whole.length * 2 / 3));
        assertThat(job.get("status")).isEqualTo("FAILED");
        assertThat((String) job.get("message")).contains("damaged or truncated");
        assertThat(jdbc.sql("select count(*) from party where name = '截断表格测试有限公司'")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
