package cn.ipcity.registry.web;

import cn.ipcity.common.InvalidInputException;
import cn.ipcity.registry.AttributionReview;
import cn.ipcity.registry.PatentQuery;
import cn.ipcity.registry.PatentRegistry;
import cn.ipcity.registry.PatentType;
import cn.ipcity.registry.RightState;
import cn.ipcity.registry.TrademarkRegistry;
import cn.ipcity.registry.TrademarkState;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The registry browser: patents and trademarks filtered by jurisdiction, type, holder and state at a date. */
@Controller
class RegistryController {

    private final PatentRegistry patents;
    private final TrademarkRegistry trademarks;
    private final AttributionReview review;
    private final Clock clock;

    RegistryController(PatentRegistry patents, TrademarkRegistry trademarks, AttributionReview review, Clock clock) {
        this.patents = patents;
        this.trademarks = trademarks;
        this.review = review;
        this.clock = clock;
    }

    @GetMapping("/registry/patents")
    String patents(
            @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String holder,
            @RequestParam(defaultValue = "1") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        LocalDate date = date(asOf);
        String code = jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction.trim();
        if (code != null) {
            cn.ipcity.common.JurisdictionCodes.normalize(code);
        }
        model.addAttribute(
                "result",
                patents.list(new PatentQuery(
                        code,
                        date,
                        blank(type) ? null : PatentType.valueOf(type),
                        blank(state) ? null : RightState.valueOf(state),
                        holder,
                        page,
                        50)));
        model.addAttribute("jurisdiction", code == null ? "" : code);
        model.addAttribute("asOf", date);
        model.addAttribute("type", blank(type) ? "" : type);
        model.addAttribute("state", blank(state) ? "" : state);
        model.addAttribute("holder", holder == null ? "" : holder);
        model.addAttribute("types", PatentType.values());
        model.addAttribute("states", RightState.values());
        return htmx != null ? "registry/patents :: results" : "registry/patents";
    }

    @GetMapping("/registry/patents/{number}")
    String patent(@PathVariable String number, @RequestParam(required = false) String asOf, Model model) {
        LocalDate date = date(asOf);
        model.addAttribute("detail", patents.detail(number, date));
        model.addAttribute("asOf", date);
        return "registry/patent";
    }

    @GetMapping("/registry/trademarks")
    String trademarks(
            @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String registrant,
            @RequestParam(defaultValue = "1") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        LocalDate date = date(asOf);
        String code = jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction.trim();
        if (code != null) {
            cn.ipcity.common.JurisdictionCodes.normalize(code);
        }
        model.addAttribute(
                "result",
                trademarks.list(
                        code,
                        date,
                        blank(kind) ? null : kind,
                        blank(state) ? null : TrademarkState.valueOf(state),
                        registrant,
                        page,
                        50));
        model.addAttribute("jurisdiction", code == null ? "" : code);
        model.addAttribute("asOf", date);
        model.addAttribute("state", blank(state) ? "" : state);
        model.addAttribute("registrant", registrant == null ? "" : registrant);
        model.addAttribute("states", TrademarkState.values());
        model.addAttribute("kind", blank(kind) ? "" : kind);
        model.addAttribute("kinds", cn.ipcity.registry.TrademarkKind.values());
        return htmx != null ? "registry/trademarks :: results" : "registry/trademarks";
    }

    @GetMapping("/registry/review")
    String review(Model model) {
        model.addAttribute("items", review.list(1000));
        model.addAttribute("total", review.count());
        return "registry/review";
    }

    private LocalDate date(String raw) {
        if (blank(raw)) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    "asOf", "日期格式应为 2024-12-31 / date must look like 2024-12-31: '" + raw + "'");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
