package cn.ipcity.registry.web;

import cn.ipcity.common.InvalidInputException;
import cn.ipcity.registry.ImportJob;
import cn.ipcity.registry.Imports;
import cn.ipcity.registry.importing.ImportProfiles;
import cn.ipcity.registry.importing.RecordType;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The import page: upload with type, profile and encoding; profiles; job progress, error report and history. */
@Controller
class ImportController {

    private final Imports imports;
    private final ImportProfiles profiles;

    ImportController(Imports imports, ImportProfiles profiles) {
        this.imports = imports;
        this.profiles = profiles;
    }

    @GetMapping("/imports")
    String index(Model model) {
        model.addAttribute("types", RecordType.values());
        model.addAttribute("profiles", profiles.all());
        model.addAttribute("history", imports.history(50));
        return "imports/index";
    }

    @PostMapping("/imports")
    String submit(
            @RequestParam("file") MultipartFile file,
            @RequestParam("type") String type,
            @RequestParam(value = "profile", required = false) String profile,
            @RequestParam(value = "encoding", required = false) String encoding,
            Model model)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            if (file.isEmpty()) {
                throw new InvalidInputException("file", "请选择文件 / choose a file");
            }
            long id = imports.submit(file.getOriginalFilename(), in, type, profile, encoding);
            return "redirect:/imports/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("formError", e.getMessage());
            return index(model);
        }
    }

    @PostMapping("/imports/profiles")
    String saveProfile(@RequestParam("yaml") String yaml, Model model) {
        try {
            var p = profiles.save(yaml);
            model.addAttribute("profileSaved", p.name());
        } catch (InvalidInputException e) {
            model.addAttribute("profileError", e.getMessage());
            model.addAttribute("profileYaml", yaml);
        }
        return index(model);
    }

    /** The job page; htmx polls the progress fragment until the job has finished. */
    @GetMapping("/imports/{id}")
    String job(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        ImportJob job = imports.job(id);
        model.addAttribute("job", job);
        model.addAttribute("errors", job.status().finished() ? imports.errors(id, 500) : java.util.List.of());
        return htmx != null ? "imports/job :: progress" : "imports/job";
    }
}
