package cn.ipcity.metrics.web;

import cn.ipcity.common.InvalidInputException;
import cn.ipcity.metrics.HighValueAssessment;
import cn.ipcity.metrics.HighValuePatents;
import cn.ipcity.metrics.HighValueRules;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The high-value settings and explanation page, and the "why it counts" page of one patent. */
@Controller
class HighValueController {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final HighValuePatents highValue;
    private final Clock clock;

    HighValueController(HighValuePatents highValue, Clock clock) {
        this.highValue = highValue;
        this.clock = clock;
    }

    @GetMapping("/metrics/high-value")
    String settings(Model model) {
        HighValueRules rules = highValue.rules();
        model.addAttribute("rules", rules);
        model.addAttribute("thresholds", highValue.pledgeThresholds());
        model.addAttribute("today", LocalDate.now(clock));
        return "metrics/high-value";
    }

    @PostMapping("/metrics/high-value/pledge-thresholds")
    String addThreshold(
            @RequestParam String validFrom,
            @RequestParam String amountWan,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            LocalDate from = HighValuePatentApiController.date(validFrom);
            if (from == null) {
                throw new InvalidInputException(
                        "validFrom", "请填写生效日期 / the date from which the value applies is required");
            }
            highValue.addPledgeThreshold(new HighValuePatents.NewThreshold(from, yuan(amountWan), note));
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/metrics/high-value";
    }

    @GetMapping("/metrics/patents")
    String lookup(@RequestParam String number, @RequestParam(required = false) String asOf) {
        UriComponentsBuilder target = UriComponentsBuilder.fromPath("/metrics/patents/{n}")
                .queryParamIfPresent(
                        "asOf", java.util.Optional.ofNullable(asOf == null || asOf.isBlank() ? null : asOf.strip()));
        return "redirect:" + target.buildAndExpand(number.strip()).encode().toUriString();
    }

    @GetMapping("/metrics/patents/{number}")
    String patent(@PathVariable String number, @RequestParam(required = false) String asOf, Model model) {
        LocalDate date = HighValuePatentApiController.date(asOf);
        HighValueAssessment assessment = highValue.assess(number, date);
        model.addAttribute("a", assessment);
        model.addAttribute("rules", highValue.rules());
        return "metrics/high-value-patent";
    }

    private static BigDecimal yuan(String wan) {
        try {
            return new BigDecimal(wan.strip()).multiply(TEN_THOUSAND);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("amountYuan", "金额格式不正确 / not a number: '" + wan + "'");
        }
    }
}
