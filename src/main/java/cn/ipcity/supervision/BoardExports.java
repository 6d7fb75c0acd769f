package cn.ipcity.supervision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;

/** The board as an Excel workbook (Apache POI): by unit with the score, by task, late items, the formula. */
@Service
public class BoardExports {

    static final String FORMULA =
            "得分 = 100 ×（0.5 × 按时报送率 + 0.2 ×（1 − 退回率）+ 0.3 × 节点按期完成率）；按时报送率 = 按期报送次数 ÷ 已到期应报次数（无到期时为 1），"
                    + "退回率 = 退回次数 ÷ 审核次数（无审核时为 0），节点按期完成率 = 按期完成节点数 ÷ 已到期节点数（无节点时为 1）。"
                    + " / score = 100 × (0.5 × on-time rate + 0.2 × (1 − returned rate) + 0.3 × milestone completion)";

    private static final List<String> HEADERS = List.of(
            "单位/任务 Unit/task",
            "任务数 Assignments",
            "按时 On time",
            "逾期报送 Late",
            "逾期未报 Overdue",
            "临近 Due soon",
            "退回中 Returned",
            "审核 Decisions",
            "退回次数 Returned decisions",
            "到期节点 Milestones due",
            "按期完成 Milestones on time",
            "得分 Score");

    public byte[] xlsx(Board.View view) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            lines(book.createSheet("按单位 By unit"), view.byUnit(), bold);
            lines(book.createSheet("按任务 By task"), view.byTask(), bold);
            Sheet late = book.createSheet("逾期 Late");
            header(late, List.of("单位 Unit", "任务 Task", "报告期 Period", "应报日期 Due", "报送日期 Submitted", "状态 State"), bold);
            int r = 1;
            for (Deadline d : view.late()) {
                Row row = late.createRow(r++);
                row.createCell(0).setCellValue(d.assignment().unitName());
                row.createCell(1)
                        .setCellValue(d.assignment().sectionNumber() + "."
                                + d.assignment().taskNumber() + " "
                                + nullToEmpty(d.assignment().taskTitle()));
                row.createCell(2).setCellValue(d.period());
                row.createCell(3).setCellValue(d.due().toString());
                row.createCell(4)
                        .setCellValue(
                                d.submittedOn() == null ? "" : d.submittedOn().toString());
                row.createCell(5).setCellValue(d.state() == Deadline.State.LATE ? "逾期报送 late" : "逾期未报 overdue");
            }
            Sheet about = book.createSheet("说明 About");
            about.createRow(0).createCell(0).setCellValue(view.program().titleZh());
            about.createRow(1)
                    .createCell(0)
                    .setCellValue("期间 Period: " + view.from() + " – " + view.to() + "（截至 as of " + view.asOf() + "）");
            about.createRow(2).createCell(0).setCellValue(FORMULA);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void lines(Sheet sheet, List<Board.Line> lines, CellStyle bold) {
        header(sheet, HEADERS, bold);
        int r = 1;
        for (Board.Line l : lines) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(l.label());
            int[] values = {
                l.assignments(),
                l.onTime(),
                l.late(),
                l.overdue(),
                l.dueSoon(),
                l.returned(),
                l.decisions(),
                l.returnedDecisions(),
                l.milestonesDue(),
                l.milestonesOnTime()
            };
            for (int i = 0; i < values.length; i++) {
                row.createCell(i + 1).setCellValue(values[i]);
            }
            row.createCell(values.length + 1).setCellValue(l.score().doubleValue());
        }
        sheet.setColumnWidth(0, 60 * 256);
    }

    private static void header(Sheet sheet, List<String> names, CellStyle bold) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(names.get(i));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
