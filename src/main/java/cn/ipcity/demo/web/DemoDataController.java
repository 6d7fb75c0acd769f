package cn.ipcity.demo.web;

import cn.ipcity.demo.DemoData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page's notice while the demo data loads (polled by htmx; empty, and no longer polled, once done). */
@Controller
class DemoDataController {

    private final DemoData demoData;

    DemoDataController(DemoData demoData) {
        this.demoData = demoData;
    }

    @GetMapping("/demo-data/progress")
    String progress(Model model) {
        model.addAttribute("progress", demoData.progress().orElse(null));
        return "demo/progress :: notice";
    }
}
