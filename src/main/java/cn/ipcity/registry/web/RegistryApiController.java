package cn.ipcity.registry.web;

import cn.ipcity.registry.AttributionReview;
import cn.ipcity.registry.PatentDetail;
import cn.ipcity.registry.PatentQuery;
import cn.ipcity.registry.PatentRegistry;
import cn.ipcity.registry.PatentSummary;
import cn.ipcity.registry.PatentType;
import cn.ipcity.registry.ResultPage;
import cn.ipcity.registry.RightState;
import cn.ipcity.registry.TrademarkRegistry;
import cn.ipcity.registry.TrademarkState;
import cn.ipcity.registry.TrademarkSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "registry", description = "专利、商标及其法律状态 / patents, trademarks and their legal state")
class RegistryApiController {

    private final PatentRegistry patents;
    private final TrademarkRegistry trademarks;
    private final AttributionReview review;
    private final Clock clock;

    RegistryApiController(PatentRegistry patents, TrademarkRegistry trademarks, AttributionReview review, Clock clock) {
        this.patents = patents;
        this.trademarks = trademarks;
        this.review = review;
        this.clock = clock;
    }

    @GetMapping("/patents")
    @Operation(
            summary = "Patents with state, holders and county at a date / 专利列表（某日的法律状态与权利人）",
            description = "jurisdiction: 2/4/6-digit code of the first holder's county at asOf; type: INVENTION, "
                    + "UTILITY_MODEL, DESIGN; state: PENDING, VALID, LAPSED, INVALIDATED, ABANDONED, EXPIRED; "
                    + "asOf defaults to today; page counts from 1, 50 per page.")
    ResultPage<PatentSummary> list(
            @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) PatentType type,
            @RequestParam(required = false) RightState state,
            @RequestParam(required = false) String holder,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (jurisdiction != null && !jurisdiction.isBlank()) {
            cn.ipcity.common.JurisdictionCodes.normalize(jurisdiction);
        }
        return patents.list(new PatentQuery(
                jurisdiction, asOf == null ? LocalDate.now(clock) : asOf, type, state, holder, page, size));
    }

    @GetMapping("/patents/{applicationNumber}")
    @Operation(summary = "A patent, its legal events, and its derived state and holders at a date / 专利详情")
    PatentDetail get(
            @PathVariable String applicationNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return patents.detail(applicationNumber, asOf == null ? LocalDate.now(clock) : asOf);
    }

    @GetMapping("/trademarks")
    @Operation(
            summary = "Trademarks with their state at a date / 商标列表",
            description =
                    "kind: ORDINARY, COLLECTIVE, CERTIFICATION; state: APPLIED, REGISTERED, EXPIRED, INVALIDATED, "
                            + "REVOKED, CANCELLED; registrant: part of the name.")
    ResultPage<TrademarkSummary> trademarks(
            @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) TrademarkState state,
            @RequestParam(required = false) String registrant,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (jurisdiction != null && !jurisdiction.isBlank()) {
            cn.ipcity.common.JurisdictionCodes.normalize(jurisdiction);
        }
        return trademarks.list(
                jurisdiction, asOf == null ? LocalDate.now(clock) : asOf, kind, state, registrant, page, size);
    }

    @GetMapping("/registry/attribution-review")
    @Operation(summary = "Records whose holder could not be attributed to a county / 待核实归属的记录")
    List<AttributionReview.Item> review(@RequestParam(defaultValue = "500") int limit) {
        return review.list(Math.min(Math.max(limit, 1), 5000));
    }
}
