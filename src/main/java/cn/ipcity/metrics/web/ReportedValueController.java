package cn.ipcity.metrics.web;

import cn.ipcity.common.ConflictException;
import cn.ipcity.common.InvalidInputException;
import cn.ipcity.metrics.ReportedValue;
import cn.ipcity.metrics.ReportedValues;
import cn.ipcity.program.Indicator;
import cn.ipcity.program.Program;
import cn.ipcity.program.Programs;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page of a program's reported indicators: values by year with their review state, and the forms to act. */
@Controller
class ReportedValueController {

    private final Programs programs;
    private final ReportedValues values;
    private final Clock clock;

    ReportedValueController(Programs programs, ReportedValues values, Clock clock) {
        this.programs = programs;
        this.values = values;
        this.clock = clock;
    }

    @GetMapping("/programs/{code}/reported-values")
    String page(@PathVariable String code, Model model) {
        Program program = programs.get(code);
        List<Indicator> indicators = values.reportedIndicators(code);
        Map<String, List<ReportedValue>> byIndicator = values.byIndicator(code);
        List<Integer> years = new ArrayList<>();
        int last = Math.min(program.periodEnd().getYear(), LocalDate.now(clock).getYear());
        for (int y = program.periodStart().getYear(); y <= last; y++) {
            years.add(y);
        }
        model.addAttribute("program", program);
        model.addAttribute("indicators", indicators);
        model.addAttribute("values", byIndicator);
        model.addAttribute("years", years);
        model.addAttribute("canReport", values.canReport(code));
        model.addAttribute("canReview", values.canReview(code));
        return "metrics/reported-values";
    }

    @PostMapping("/programs/{code}/reported-values/{indicator}")
    String save(
            @PathVariable String code,
            @PathVariable String indicator,
            @RequestParam int year,
            @RequestParam String value,
            @RequestParam String unit,
            @RequestParam String evidence,
            @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return perform(code, redirect, () -> {
            ReportedValues.Entry entry = new ReportedValues.Entry(year, number(value), unit, evidence);
            if (version == null) {
                values.create(code, indicator, entry);
            } else {
                values.update(code, indicator, year, entry, version);
            }
        });
    }

    @PostMapping("/programs/{code}/reported-values/{indicator}/{year}/{action}")
    String act(
            @PathVariable String code,
            @PathVariable String indicator,
            @PathVariable int year,
            @PathVariable String action,
            @RequestParam int version,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        return perform(code, redirect, () -> {
            switch (action) {
                case "submit" -> values.submit(code, indicator, year, version);
                case "approve" -> values.approve(code, indicator, year, version);
                case "return" -> values.returnForCorrection(code, indicator, year, version, comment);
                case "reopen" -> values.reopen(code, indicator, year, version, comment);
                default -> throw new InvalidInputException("action", "未知操作 / unknown action '" + action + "'");
            }
        });
    }

    private String perform(String code, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/programs/" + code + "/reported-values";
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("value", "数值格式不正确 / not a number: '" + text + "'");
        }
    }
}
