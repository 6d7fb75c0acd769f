package cn.ipcity.metrics.facts;

import cn.ipcity.jurisdiction.Jurisdiction;
import cn.ipcity.jurisdiction.Jurisdictions;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The records of a figure as an Excel workbook, streamed (POI's SXSSF keeps 100 rows in memory) so that a
 * province's 300 000 valid invention patents export without loading them.
 */
@Component
public class MeasureRecordExports {

    /** Excel's row limit less the header. */
    static final int MAX_ROWS = 1_048_575;

    private final MeasureRecords records;
    private final Jurisdictions jurisdictions;

    MeasureRecordExports(MeasureRecords records, Jurisdictions jurisdictions) {
        this.records = records;
        this.jurisdictions = jurisdictions;
    }

    public void xlsx(String code, String jurisdiction, LocalDate from, LocalDate to, OutputStream out)
            throws IOException {
        records.laneOf(code);
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = book.createSheet("记录 Records");
            String[] header = {
                "记录号 Record",
                "类别 Kind",
                "名称 Title",
                "权利人 Holder",
                "区划代码 Code",
                "区划 Jurisdiction",
                "起 From",
                "止（不含）Until (excl.)",
                "金额（元）Amount (yuan)"
            };
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            int[] row = {1};
            records.forEach(code, jurisdiction, from, to, item -> {
                if (row[0] > MAX_ROWS) {
                    return;
                }
                Row r = sheet.createRow(row[0]++);
                r.createCell(0).setCellValue(item.recordKey());
                r.createCell(1).setCellValue(item.kind());
                r.createCell(2).setCellValue(item.label() == null ? "" : item.label());
                r.createCell(3).setCellValue(item.holder() == null ? "" : item.holder());
                r.createCell(4).setCellValue(item.county());
                r.createCell(5)
                        .setCellValue(jurisdictions
                                .find(item.county())
                                .map(Jurisdiction::name)
                                .orElse(""));
                r.createCell(6).setCellValue(item.from().toString());
                r.createCell(7)
                        .setCellValue(item.until() == null ? "" : item.until().toString());
                if (item.amount() != null) {
                    r.createCell(8).setCellValue(item.amount().doubleValue());
                }
            });
            book.write(out);
            book.dispose();
        }
    }
}
