package cn.ipcity.program.web;

import cn.ipcity.program.Program;
import cn.ipcity.program.Programs;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ProgramController {

    private final Programs programs;

    ProgramController(Programs programs) {
        this.programs = programs;
    }

    @GetMapping("/programs")
    String list(Model model) {
        model.addAttribute("programs", programs.all());
        return "programs/list";
    }

    @GetMapping("/programs/{code}")
    String show(@PathVariable String code, Model model) {
        Program program = programs.get(code);
        model.addAttribute("program", program);
        model.addAttribute("measures", programs.measures());
        return "programs/show";
    }

    @GetMapping("/programs/{code}/source")
    String source(@PathVariable String code, Model model) {
        model.addAttribute("program", programs.get(code));
        model.addAttribute("text", programs.sourceText(code));
        return "programs/source";
    }
}
