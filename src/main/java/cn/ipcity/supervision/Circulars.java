package cn.ipcity.supervision;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * The printable 督办通报 (supervision circular) of a period as PDF (Apache PDFBox), with the subset of a CJK
 * TrueType font that the text uses embedded, so it prints the same everywhere. The font is
 * {@code ipcity.supervision.cjk-font}, else the first of the usual system fonts found (WenQuanYi Micro Hei, as
 * installed by the Debian package fonts-wqy-microhei); with none, the request fails with a message saying so.
 */
@Service
public class Circulars {

    static final List<String> SYSTEM_FONTS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "C:/Windows/Fonts/simhei.ttf");

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final SupervisionProperties properties;

    Circulars(SupervisionProperties properties) {
        this.properties = properties;
    }

    /** No usable CJK font: answered 503 with what to configure. */
    public static class NoCjkFontException extends ErrorResponseException {
        NoCjkFontException(String detail) {
            super(HttpStatus.SERVICE_UNAVAILABLE, problem(detail), null);
        }

        private static ProblemDetail problem(String detail) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
            p.setType(URI.create("urn:ipcity:error:no-cjk-font"));
            return p;
        }

        @Override
        public String getMessage() {
            return getBody().getDetail();
        }
    }

    /** The font file to use, or a clear error naming what was tried. */
    Path fontFile() {
        if (properties.cjkFont() != null && !properties.cjkFont().isBlank()) {
            Path configured = Path.of(properties.cjkFont());
            if (!Files.isReadable(configured)) {
                throw new NoCjkFontException("找不到配置的中文字体 / the configured CJK font ipcity.supervision.cjk-font="
                        + configured + " cannot be read");
            }
            return configured;
        }
        return SYSTEM_FONTS.stream()
                .map(Path::of)
                .filter(Files::isReadable)
                .findFirst()
                .orElseThrow(() -> new NoCjkFontException(
                        "未找到中文字体，无法生成通报 PDF / no CJK font found for the PDF circular: set IPCITY_CJK_FONT"
                                + " (ipcity.supervision.cjk-font) to a .ttf or .ttc file, or install fonts-wqy-microhei."
                                + " Tried: " + String.join(", ", SYSTEM_FONTS)));
    }

    public byte[] pdf(Board.View view) {
        Path fontPath = fontFile();
        List<Closeable> open = new ArrayList<>();
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = load(doc, fontPath, open);
            Writer w = new Writer(doc, font);
            w.line("督办通报", 20, true);
            w.line(view.program().titleZh(), 12, true);
            w.line("通报期间：" + view.from() + " 至 " + view.to() + "（统计截至 " + view.asOf() + "）", 11, false);
            w.gap();
            int onTime = 0, late = 0, overdue = 0, decisions = 0, returned = 0;
            for (Board.Line l : view.byUnit()) {
                onTime += l.onTime();
                late += l.late();
                overdue += l.overdue();
                decisions += l.decisions();
                returned += l.returnedDecisions();
            }
            w.line("一、总体情况", 13, true);
            w.line(
                    "本期已到期应报 " + (onTime + late + overdue) + " 次，按时报送 " + onTime + " 次，逾期报送 " + late + " 次，逾期未报 "
                            + overdue + " 次；审核 " + decisions + " 次，其中退回修改 " + returned + " 次。",
                    11,
                    false);
            w.gap();
            w.line("二、责任单位得分（由高到低）", 13, true);
            w.line("单位 —— 按时 / 逾期报送 / 逾期未报 / 退回 / 节点按期（完成/到期）/ 得分", 10, false);
            for (Board.Line l : view.byUnit()) {
                w.line(
                        l.label() + " —— " + l.onTime() + " / " + l.late() + " / " + l.overdue() + " / "
                                + l.returnedDecisions() + " / " + l.milestonesOnTime() + "/" + l.milestonesDue() + " / "
                                + l.score().toPlainString() + " 分",
                        10,
                        false);
            }
            w.gap();
            w.line("三、逾期事项", 13, true);
            if (view.late().isEmpty()) {
                w.line("无。", 11, false);
            }
            for (Deadline d : view.late()) {
                w.line(
                        d.assignment().unitName() + "：" + d.assignment().sectionNumber() + "."
                                + d.assignment().taskNumber()
                                + " " + BoardExports.nullToEmpty(d.assignment().taskTitle()) + "，" + d.period()
                                + " 进展报告应于 "
                                + d.due() + " 前报送，"
                                + (d.state() == Deadline.State.LATE ? "于 " + d.submittedOn() + " 逾期报送。" : "至今未报。"),
                        10,
                        false);
            }
            w.gap();
            w.line("评分办法：" + BoardExports.FORMULA.substring(0, BoardExports.FORMULA.indexOf(" / ")), 9, false);
            w.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the circular", e);
        } finally {
            for (Closeable c : open) {
                try {
                    c.close();
                } catch (IOException ignored) {
                    // the PDF is written already
                }
            }
        }
    }

    private static PDType0Font load(PDDocument doc, Path path, List<Closeable> open) throws IOException {
        if (path.toString().toLowerCase().endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
            open.add(collection);
            List<TrueTypeFont> fonts = new ArrayList<>();
            collection.processAllFonts(fonts::add);
            if (fonts.isEmpty()) {
                throw new NoCjkFontException("字体集中没有字体 / the font collection " + path + " holds no font");
            }
            return PDType0Font.load(doc, fonts.get(0), true);
        }
        return PDType0Font.load(doc, path.toFile());
    }

    /** Writes lines top-down, wrapping at the page width and starting new pages. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDType0Font font;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument doc, PDType0Font font) throws IOException {
            this.doc = doc;
            this.font = font;
            newPage();
        }

        void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void gap() {
            y -= 8;
        }

        void line(String text, float size, boolean bold) throws IOException {
            for (String part : wrap(printable(text), size)) {
                if (y < MARGIN + size) {
                    newPage();
                }
                y -= size * 1.5f;
                stream.beginText();
                stream.setFont(font, size);
                if (bold) {
                    // a stroked outline thickens the regular face: the font has no bold cut
                    stream.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL_STROKE);
                    stream.setLineWidth(size / 30);
                } else {
                    stream.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL);
                }
                stream.newLineAtOffset(MARGIN, y);
                stream.showText(part);
                stream.endText();
            }
        }

        void close() throws IOException {
            stream.close();
        }

        /** Characters the font cannot show become a question mark instead of failing the whole circular. */
        private String printable(String text) {
            StringBuilder sb = new StringBuilder();
            text.codePoints().forEach(cp -> {
                String s = new String(Character.toChars(cp));
                try {
                    font.encode(s);
                    sb.append(s);
                } catch (IOException | IllegalArgumentException e) {
                    sb.append('?');
                }
            });
            return sb.toString();
        }

        private List<String> wrap(String text, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                if (font.getStringWidth(current + ch) / 1000 * size > WIDTH && current.length() > 0) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                current.append(ch);
                i += Character.charCount(cp);
            }
            lines.add(current.toString());
            return lines;
        }
    }
}
