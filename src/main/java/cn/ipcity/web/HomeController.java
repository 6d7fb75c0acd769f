package cn.ipcity.web;

import cn.ipcity.account.CurrentUser;
import cn.ipcity.account.CurrentUsers;
import cn.ipcity.common.JurisdictionCodes;
import cn.ipcity.jurisdiction.Jurisdictions;
import cn.ipcity.program.Program;
import cn.ipcity.program.Programs;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final Programs programs;
    private final Jurisdictions jurisdictions;
    private final CurrentUsers currentUsers;

    HomeController(Programs programs, Jurisdictions jurisdictions, CurrentUsers currentUsers) {
        this.programs = programs;
        this.jurisdictions = jurisdictions;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = currentUsers.current().orElse(null);
        List<Program> all = programs.all();
        // An officer's own programs first: those of their jurisdiction and the areas inside it.
        List<Program> mine = user == null || user.jurisdictionCode() == null
                ? all
                : all.stream()
                        .filter(p -> JurisdictionCodes.contains(user.jurisdictionCode(), p.jurisdictionCode()))
                        .toList();
        model.addAttribute("programs", mine.isEmpty() ? all : mine);
        model.addAttribute("programCount", all.size());
        model.addAttribute(
                "taskCount", all.stream().mapToInt(Program::taskCount).sum());
        model.addAttribute(
                "indicatorCount",
                all.stream().mapToInt(p -> p.numericIndicators().size()).sum());
        model.addAttribute(
                "userJurisdiction",
                user == null || user.jurisdictionCode() == null
                        ? null
                        : jurisdictions.find(user.jurisdictionCode()).orElse(null));
        return "home";
    }
}
