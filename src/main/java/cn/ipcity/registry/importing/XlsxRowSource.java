package cn.ipcity.registry.importing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of an XLSX workbook read with a SAX parser over the sheet XML (POI's event model): rows are
 * handed on as they are parsed, so memory does not grow with the number of rows (the shared-strings table is
 * held, as in every POI streaming reader). Dates are read as ISO dates from the cell format, whole numbers
 * without exponent (application numbers). A formula cell gives its computed (cached) value and the job notes
 * it; a formula without one is an error of that cell. Merged cells stop the job: only the first cell of a
 * merged area holds the value, so the rows under it would silently lose data. Further sheets are not read and
 * the job says so.
 */
public final class XlsxRowSource implements RowSource {

    private final Path file;
    private final List<String> warnings = new ArrayList<>();

    public XlsxRowSource(Path file) {
        this.file = file;
    }

    @Override
    public void read(Consumer<List<String>> onHeader, Consumer<RawRow> onRow) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportFailure("工作簿没有工作表 / the workbook has no sheet");
            }
            SheetHandler handler = new SheetHandler(strings, styles, onHeader, onRow);
            String firstName;
            try (InputStream sheet = sheets.next()) {
                firstName = sheets.getSheetName();
                XMLReader xml = SAXHelper.newXMLReader();
                xml.setContentHandler(handler);
                xml.parse(new InputSource(sheet));
            }
            if (!handler.headerSeen) {
                throw new ImportFailure("第一个工作表为空 / the first sheet is empty (no header row)");
            }
            if (!handler.merged.isEmpty()) {
                throw new ImportFailure("工作表“" + firstName + "”含合并单元格 " + String.join(", ", handler.merged)
                        + "，请取消合并并填满每一行 / the sheet has merged cells " + String.join(", ", handler.merged)
                        + ": only their first cell holds a value; unmerge and fill every row");
            }
            if (handler.formulas > 0) {
                warnings.add("读取了 " + handler.formulas + " 个公式单元格的计算结果 / read the computed values of "
                        + handler.formulas + " formula cells");
            }
            List<String> others = new ArrayList<>();
            while (sheets.hasNext()) {
                sheets.next().close();
                others.add(sheets.getSheetName());
            }
            if (!others.isEmpty()) {
                warnings.add(
                        "只读取了第一个工作表“" + firstName + "”，未读取：" + String.join("、", others) + " / only the first sheet '"
                                + firstName + "' was read; not read: " + String.join(", ", others));
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | IllegalStateException e) {
            throw new ImportFailure("XLSX 文件损坏或不完整 / the XLSX file is damaged or truncated: " + e.getMessage(), e);
        } catch (org.apache.poi.EmptyFileException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new ImportFailure("不是 XLSX 文件 / not an XLSX file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ImportFailure("XLSX 文件损坏或不完整 / the XLSX file is damaged or truncated: " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> warnings() {
        return warnings;
    }

    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final Consumer<List<String>> onHeader;
        private final Consumer<RawRow> onRow;
        final List<String> merged = new ArrayList<>();
        int formulas;
        boolean headerSeen;
        private int width;

        private final List<String> cells = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private long rowNo;
        private int column;
        private String cellType;
        private int style;
        private boolean formula;
        private boolean inValue;
        private boolean inInline;
        private final StringBuilder text = new StringBuilder();
        private String value;

        SheetHandler(
                ReadOnlySharedStringsTable strings,
                StylesTable styles,
                Consumer<List<String>> onHeader,
                Consumer<RawRow> onRow) {
            this.strings = strings;
            this.styles = styles;
            this.onHeader = onHeader;
            this.onRow = onRow;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "row" -> {
                    String r = atts.getValue("r");
                    rowNo = r != null ? Long.parseLong(r) : rowNo + 1;
                    cells.clear();
                    problems.clear();
                    column = -1;
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    column = ref != null ? new CellReference(ref).getCol() : column + 1;
                    cellType = atts.getValue("t");
                    String s = atts.getValue("s");
                    style = s == null ? -1 : Integer.parseInt(s);
                    formula = false;
                    value = null;
                }
                case "f" -> formula = true;
                case "v" -> {
                    inValue = true;
                    text.setLength(0);
                }
                case "is" -> {
                    inInline = true;
                    text.setLength(0);
                }
                case "mergeCell" -> merged.add(atts.getValue("ref"));
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInline) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> {
                    inValue = false;
                    value = text.toString();
                }
                case "is" -> {
                    inInline = false;
                    value = text.toString();
                }
                case "c" -> endCell();
                case "row" -> endRow();
                default -> {}
            }
        }

        private void endCell() {
            while (cells.size() < column) {
                cells.add(null);
                problems.add(null);
            }
            String problem = null;
            String result = null;
            if (formula) {
                formulas++;
                if (value == null || value.isEmpty()) {
                    problem = "公式没有计算结果 / a formula without a computed value";
                }
            }
            if (value != null && problem == null) {
                result = switch (cellType == null ? "n" : cellType) {
                    case "s" -> strings.getItemAt(Integer.parseInt(value)).getString();
                    case "inlineStr", "str" -> value;
                    case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
                    case "e" -> {
                        problem = "单元格错误值 / error value " + value;
                        yield null;
                    }
                    default -> number(value);
                };
            }
            cells.add(result);
            problems.add(problem);
        }

        private String number(String raw) {
            if (style >= 0) {
                XSSFCellStyle cs = styles.getStyleAt(style);
                if (cs != null && DateUtil.isADateFormat(cs.getDataFormat(), cs.getDataFormatString())) {
                    LocalDateTime t = DateUtil.getLocalDateTime(Double.parseDouble(raw));
                    return t.toLocalDate().toString();
                }
            }
            try {
                return new BigDecimal(raw).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return raw;
            }
        }

        private void endRow() {
            if (!headerSeen) {
                headerSeen = true;
                List<String> header = new ArrayList<>();
                cells.forEach(c -> header.add(c == null ? "" : c.strip()));
                width = header.size();
                onHeader.accept(header);
                return;
            }
            boolean empty = cells.stream().allMatch(c -> c == null || c.isBlank())
                    && problems.stream().allMatch(p -> p == null);
            if (empty) {
                return;
            }
            String[] problemArray = problems.stream().anyMatch(p -> p != null) ? problems.toArray(String[]::new) : null;
            onRow.accept(new RawRow(rowNo, cells.toArray(String[]::new), problemArray));
        }
    }
}
