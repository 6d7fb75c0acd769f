package cn.ipcity.supervision.web;

import cn.ipcity.account.CurrentUser;
import cn.ipcity.account.CurrentUsers;
import cn.ipcity.account.Role;
import cn.ipcity.common.InvalidInputException;
import cn.ipcity.program.Program;
import cn.ipcity.program.Programs;
import cn.ipcity.supervision.Assignment;
import cn.ipcity.supervision.DeadlineChecker;
import cn.ipcity.supervision.DueUnit;
import cn.ipcity.supervision.Report;
import cn.ipcity.supervision.Reports;
import cn.ipcity.supervision.Schedule;
import cn.ipcity.supervision.SupervisedProgram;
import cn.ipcity.supervision.Supervision;
import cn.ipcity.supervision.WorkCalendar;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class SupervisionController {

    private final Supervision supervision;
    private final Reports reports;
    private final DeadlineChecker checker;
    private final cn.ipcity.supervision.Board board;
    private final WorkCalendar calendar;
    private final Programs programs;
    private final cn.ipcity.jurisdiction.GovernmentUnits units;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    SupervisionController(
            Supervision supervision,
            Reports reports,
            DeadlineChecker checker,
            cn.ipcity.supervision.Board board,
            WorkCalendar calendar,
            Programs programs,
            cn.ipcity.jurisdiction.GovernmentUnits units,
            CurrentUsers currentUsers,
            Clock clock) {
        this.supervision = supervision;
        this.reports = reports;
        this.checker = checker;
        this.board = board;
        this.calendar = calendar;
        this.programs = programs;
        this.units = units;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** A program as the index lists it. */
    record ProgramRow(Program program, SupervisedProgram supervision, boolean canManage) {}

    @GetMapping("/supervision")
    String index(Model model) {
        CurrentUser user = currentUsers.current().orElseThrow();
        List<ProgramRow> rows = new ArrayList<>();
        for (Program p : programs.all()) {
            boolean readable = user.isAdmin()
                    || (user.jurisdictionCode() != null
                            && cn.ipcity.common.JurisdictionCodes.contains(
                                    user.jurisdictionCode(), p.jurisdictionCode()));
            if (readable) {
                rows.add(new ProgramRow(
                        p, supervision.find(p.code()).orElse(null), user.canManage(p.jurisdictionCode())));
            }
        }
        model.addAttribute("rows", rows);
        model.addAttribute("mine", user.role() == Role.UNIT_REPORTER ? supervision.myUnitAssignments() : List.of());
        model.addAttribute(
                "missingYear", calendar.missingNextYear().map(String::valueOf).orElse(null));
        model.addAttribute("today", LocalDate.now(clock));
        return "supervision/index";
    }

    @PostMapping("/supervision/programs/{code}/start")
    String start(
            @PathVariable String code,
            @RequestParam Schedule schedule,
            @RequestParam(defaultValue = "5") int dueOffset,
            @RequestParam DueUnit dueUnit,
            @RequestParam(required = false) String leaderUsername,
            @RequestParam(required = false) String startedOn,
            RedirectAttributes redirect) {
        try {
            supervision.start(
                    code,
                    new Supervision.Start(schedule, dueOffset, dueUnit, leaderUsername, date("startedOn", startedOn)));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("formError", e.getMessage());
            return "redirect:/supervision";
        }
        return "redirect:/supervision/programs/" + code;
    }

    @GetMapping("/supervision/programs/{code}")
    String program(@PathVariable String code, Model model) {
        Program program = programs.get(code);
        List<Assignment> assignments = supervision.assignments(code);
        Map<String, List<Assignment>> byTask = new LinkedHashMap<>();
        for (Assignment a : assignments) {
            byTask.computeIfAbsent(a.sectionNumber() + "." + a.taskNumber(), k -> new ArrayList<>())
                    .add(a);
        }
        model.addAttribute("program", program);
        model.addAttribute("settings", supervision.find(code).orElse(null));
        model.addAttribute("byTask", byTask);
        boolean canManage = currentUsers
                .current()
                .map(u -> u.canManage(program.jurisdictionCode()))
                .orElse(false);
        model.addAttribute("canManage", canManage);
        model.addAttribute("units", canManage ? units.of(program.jurisdictionCode()) : List.of());
        return "supervision/program";
    }

    /** An officer adds a unit to a task; {@code task} is "section|number". */
    @PostMapping("/supervision/programs/{code}/assignments")
    String addUnit(
            @PathVariable String code,
            @RequestParam String task,
            @RequestParam long unitId,
            @RequestParam Assignment.UnitRole role,
            RedirectAttributes redirect) {
        String[] parts = task.split("\\|", 2);
        try {
            if (parts.length != 2) {
                throw new InvalidInputException("task", "须选择任务 / choose a task");
            }
            supervision.addUnit(code, parts[0], parts[1], unitId, role);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException | ErrorResponseException e) {
            redirect.addFlashAttribute("formError", e.getMessage());
        }
        return "redirect:/supervision/programs/" + code;
    }

    @GetMapping("/supervision/assignments/{id}")
    String assignment(@PathVariable long id, Model model) {
        Assignment a = supervision.assignment(id);
        CurrentUser user = currentUsers.current().orElseThrow();
        SupervisedProgram sp = supervision.find(a.programCode()).orElseThrow();
        model.addAttribute("a", a);
        model.addAttribute("program", programs.get(a.programCode()));
        model.addAttribute("settings", sp);
        model.addAttribute("reports", reports.reportsOf(id));
        model.addAttribute("notices", checker.notices(id));
        boolean canReport = user.role() == Role.UNIT_REPORTER
                && user.unitId() != null
                && user.unitId() == a.unitId()
                && a.status().isOpen();
        model.addAttribute("canReport", canReport);
        model.addAttribute(
                "canManage", user.canManage(programs.get(a.programCode()).jurisdictionCode()));
        model.addAttribute(
                "milestones",
                supervision.milestones(a.programCode()).stream()
                        .filter(m -> m.sectionNumber().equals(a.sectionNumber())
                                && m.taskNumber().equals(a.taskNumber()))
                        .toList());
        model.addAttribute("thisYear", LocalDate.now(clock).getYear());
        LocalDate today = LocalDate.now(clock);
        LocalDate last = today.isBefore(programs.get(a.programCode()).periodEnd())
                ? today
                : programs.get(a.programCode()).periodEnd();
        List<String> periods = new ArrayList<>(sp.schedule().periods(sp.startedOn(), last).stream()
                .map(Schedule.Period::label)
                .toList());
        java.util.Collections.reverse(periods);
        model.addAttribute("periods", periods);
        return "supervision/assignment";
    }

    /** Officers' changes of an assignment: complete, reopen, remove, make lead or co-unit. */
    @PostMapping("/supervision/assignments/{id}/change")
    String change(
            @PathVariable long id,
            @RequestParam String action,
            @RequestParam int version,
            RedirectAttributes redirect) {
        try {
            switch (action) {
                case "complete" -> supervision.complete(id, version);
                case "reopen" -> supervision.reopen(id, version);
                case "remove" -> supervision.remove(id, version);
                case "lead" -> supervision.changeRole(id, Assignment.UnitRole.LEAD, version);
                case "co" -> supervision.changeRole(id, Assignment.UnitRole.CO, version);
                default -> throw new InvalidInputException("action", "未知操作 / unknown action: " + action);
            }
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException | ErrorResponseException e) {
            redirect.addFlashAttribute("formError", e.getMessage());
        }
        return "redirect:/supervision/assignments/" + id;
    }

    @PostMapping("/supervision/assignments/{id}/milestones")
    String addMilestone(
            @PathVariable long id,
            @RequestParam String title,
            @RequestParam String planYear,
            @RequestParam(required = false) String dueDate,
            @RequestParam(required = false) String countFrom,
            @RequestParam(required = false) Integer offset,
            @RequestParam(required = false) DueUnit offsetUnit,
            @RequestParam(required = false) List<String> indicatorCodes,
            RedirectAttributes redirect) {
        Assignment a = supervision.assignment(id);
        try {
            int year;
            try {
                year = Integer.parseInt(planYear.trim());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("planYear", "年度须为整数 / the plan year must be a whole number");
            }
            supervision.addMilestone(
                    a.programCode(),
                    a.sectionNumber(),
                    a.taskNumber(),
                    new Supervision.NewMilestone(
                            year,
                            title,
                            date("dueDate", dueDate),
                            date("countFrom", countFrom),
                            offset,
                            offsetUnit,
                            a.unitId(),
                            indicatorCodes));
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("formError", e.getMessage());
        }
        return "redirect:/supervision/assignments/" + id;
    }

    @PostMapping("/supervision/assignments/{id}/reports")
    String createReport(
            @PathVariable long id,
            @RequestParam(required = false) String period,
            @RequestParam String text,
            @RequestParam String percentComplete,
            @RequestParam(name = "file", required = false) List<MultipartFile> files,
            RedirectAttributes redirect)
            throws IOException {
        try {
            Report r = reports.createWithFiles(
                    id, new Reports.Draft(period, text, percent(percentComplete), null, null, true), uploads(files));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/supervision/reports/" + r.id();
        } catch (InvalidInputException | ErrorResponseException e) {
            redirect.addFlashAttribute("formError", e.getMessage());
            return "redirect:/supervision/assignments/" + id;
        }
    }

    @GetMapping("/supervision/reports/{id}")
    String report(@PathVariable long id, Model model) {
        Report r = reports.report(id);
        Assignment a = supervision.assignment(r.assignmentId());
        CurrentUser user = currentUsers.current().orElseThrow();
        model.addAttribute("r", r);
        model.addAttribute("a", a);
        model.addAttribute("program", programs.get(a.programCode()));
        model.addAttribute(
                "milestones",
                supervision.milestones(a.programCode()).stream()
                        .filter(m -> m.sectionNumber().equals(a.sectionNumber())
                                && m.taskNumber().equals(a.taskNumber()))
                        .toList());
        model.addAttribute(
                "canReview",
                r.status().isPendingReview()
                        && user.canManage(programs.get(a.programCode()).jurisdictionCode()));
        model.addAttribute(
                "canRevise",
                r.status().isEditable()
                        && user.role() == Role.UNIT_REPORTER
                        && user.unitId() != null
                        && user.unitId() == a.unitId());
        return "supervision/report";
    }

    @PostMapping("/supervision/reports/{id}/review")
    String review(
            @PathVariable long id,
            @RequestParam String decision,
            @RequestParam(required = false) String comment,
            @RequestParam int version,
            RedirectAttributes redirect) {
        try {
            if ("accept".equals(decision)) {
                reports.accept(id, comment, version);
            } else {
                reports.returnForRevision(id, comment, version);
            }
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException | ErrorResponseException e) {
            redirect.addFlashAttribute("formError", e.getMessage());
        }
        return "redirect:/supervision/reports/" + id;
    }

    @PostMapping("/supervision/reports/{id}/revise")
    String revise(
            @PathVariable long id,
            @RequestParam String text,
            @RequestParam String percentComplete,
            @RequestParam int version,
            @RequestParam(name = "file", required = false) List<MultipartFile> files,
            RedirectAttributes redirect)
            throws IOException {
        try {
            reports.reviseWithFiles(
                    id,
                    new Reports.Draft(null, text, percent(percentComplete), null, null, true),
                    version,
                    uploads(files));
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException | ErrorResponseException e) {
            redirect.addFlashAttribute("formError", e.getMessage());
        }
        return "redirect:/supervision/reports/" + id;
    }

    @GetMapping("/supervision/files/{id}")
    org.springframework.http.ResponseEntity<byte[]> file(@PathVariable long id) {
        return SupervisionApiController.download(reports.file(id));
    }

    @GetMapping("/supervision/programs/{code}/board")
    String board(@PathVariable String code, @RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("view", board.of(code, year));
        model.addAttribute("year", year);
        return "supervision/board";
    }

    @GetMapping("/supervision/calendar")
    String calendar(Model model) {
        model.addAttribute("years", calendar.years());
        model.addAttribute(
                "missingYear", calendar.missingNextYear().map(String::valueOf).orElse(null));
        return "supervision/calendar";
    }

    /** Administrators paste the year's rows in the format of reference/cn-workday-calendar.csv. */
    @PostMapping("/supervision/calendar/years")
    String addYear(
            @RequestParam String year,
            @RequestParam String source,
            @RequestParam String days,
            RedirectAttributes redirect) {
        try {
            int y;
            try {
                y = Integer.parseInt(year.trim());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("year", "年份须为整数 / the year must be a whole number");
            }
            calendar.addYear(y, source, parseDays(days));
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("formError", e.getMessage());
        }
        return "redirect:/supervision/calendar";
    }

    private static List<WorkCalendar.CalendarDay> parseDays(String text) {
        List<WorkCalendar.CalendarDay> days = new ArrayList<>();
        try {
            for (CSVRecord r : CSVFormat.DEFAULT.parse(new StringReader(text.trim()))) {
                if (r.size() == 0 || r.get(0).isBlank() || r.get(0).equals("date")) {
                    continue;
                }
                if (r.size() != 3
                        || !(r.get(1).trim().equals("true") || r.get(1).trim().equals("false"))) {
                    throw new InvalidInputException(
                            "days",
                            "第 " + r.getRecordNumber() + " 行应为 日期,true|false,节日 / line " + r.getRecordNumber()
                                    + " must be date,true|false,holiday");
                }
                days.add(new WorkCalendar.CalendarDay(
                        LocalDate.parse(r.get(0).trim()),
                        Boolean.parseBoolean(r.get(1).trim()),
                        r.get(2).trim()));
            }
        } catch (IOException | DateTimeParseException e) {
            throw new InvalidInputException(
                    "days", "日期格式应为 2027-01-01 / dates must look like 2027-01-01: " + e.getMessage());
        }
        return days;
    }

    /** Form fields {@code milestone.<id>} carry the reported state of each milestone. */
    private static Map<String, String> milestoneStates(Map<String, String> params) {
        Map<String, String> states = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("milestone.") && v != null && !v.isBlank()) {
                states.put(k.substring("milestone.".length()), v);
            }
        });
        return states;
    }

    private static Integer percent(String value) {
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("percentComplete", "完成百分比须为整数 / percentComplete must be a whole number");
        }
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "日期格式应为 2026-01-01 / not a date: '" + value + "'");
        }
    }

    private static List<Reports.Upload> uploads(List<MultipartFile> files) throws IOException {
        List<Reports.Upload> result = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (!f.isEmpty()) {
                    result.add(new Reports.Upload(f.getOriginalFilename(), f.getContentType(), f.getBytes()));
                }
            }
        }
        return result;
    }
}
