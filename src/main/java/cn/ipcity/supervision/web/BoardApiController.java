package cn.ipcity.supervision.web;

import cn.ipcity.supervision.Board;
import cn.ipcity.supervision.BoardExports;
import cn.ipcity.supervision.Circulars;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/programs/{code}")
@Tag(name = "supervision board", description = "督办看板、评分、导出与通报 / board, score, exports, circular")
class BoardApiController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Board board;
    private final BoardExports exports;
    private final Circulars circulars;

    BoardApiController(Board board, BoardExports exports, Circulars circulars) {
        this.board = board;
        this.exports = exports;
        this.circulars = circulars;
    }

    record BoardView(
            String program,
            LocalDate from,
            LocalDate to,
            LocalDate asOf,
            List<Board.Line> byUnit,
            List<Board.Line> byTask) {}

    @GetMapping("/board")
    @Operation(summary = "Board by unit (with score) and by task for a year or the whole supervision / 督办看板")
    BoardView board(@PathVariable String code, @RequestParam(required = false) Integer year) {
        Board.View v = board.of(code, year);
        return new BoardView(code, v.from(), v.to(), v.asOf(), v.byUnit(), v.byTask());
    }

    @GetMapping("/board.xlsx")
    @Operation(summary = "The board as an Excel workbook / 导出 Excel")
    ResponseEntity<byte[]> xlsx(@PathVariable String code, @RequestParam(required = false) Integer year) {
        return file(
                exports.xlsx(board.of(code, year)), XLSX, "督办看板-" + code + (year == null ? "" : "-" + year) + ".xlsx");
    }

    @GetMapping("/circular.pdf")
    @Operation(summary = "The printable 督办通报 of a period as PDF / 督办通报")
    ResponseEntity<byte[]> circular(
            @PathVariable String code,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        Board.View v = board.of(code, from, to);
        return file(
                circulars.pdf(v), MediaType.APPLICATION_PDF, "督办通报-" + code + "-" + v.from() + "-" + v.to() + ".pdf");
    }

    static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(bytes);
    }
}
