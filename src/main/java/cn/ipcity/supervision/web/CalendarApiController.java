package cn.ipcity.supervision.web;

import cn.ipcity.common.InvalidInputException;
import cn.ipcity.supervision.WorkCalendar;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "calendar", description = "工作日历（含调休）/ official working-day calendar")
class CalendarApiController {

    private final WorkCalendar calendar;

    CalendarApiController(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    /** @param officialCalendar false when a year in the range has no official calendar (Monday–Friday assumed) */
    record WorkdayCount(LocalDate from, LocalDate to, int workdays, boolean officialCalendar) {}

    record WorkdaySum(LocalDate date, int workdays, LocalDate result, boolean officialCalendar) {}

    record NewYear(Integer year, String source, List<WorkCalendar.CalendarDay> days) {}

    @GetMapping("/workdays")
    @Operation(summary = "Working days from `from` to `to`, both included / 两日之间（含首尾）的工作日数")
    WorkdayCount workdays(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "结束日期早于开始日期 / 'to' is before 'from'");
        }
        if (to.toEpochDay() - from.toEpochDay() > 3660) {
            throw new InvalidInputException("to", "区间不得超过十年 / the range may not exceed ten years");
        }
        return new WorkdayCount(
                from, to, calendar.workdaysBetween(from, to), calendar.rules().coversAll(from, to));
    }

    @GetMapping("/add")
    @Operation(
            summary = "The N-th working day after `date` (before, when negative; counting starts the next day) /"
                    + " 某日之后第 N 个工作日")
    WorkdaySum add(@RequestParam LocalDate date, @RequestParam int workdays) {
        if (Math.abs(workdays) > 1000) {
            throw new InvalidInputException("workdays", "工作日数不得超过 1000 / at most 1000 working days");
        }
        LocalDate result = calendar.addWorkdays(date, workdays);
        return new WorkdaySum(date, workdays, result, calendar.rules().coversAll(date, result));
    }

    @GetMapping("/years")
    @Operation(summary = "Years with an official calendar / 已有官方日历的年份")
    List<WorkCalendar.CalendarYear> years() {
        return calendar.years();
    }

    @PostMapping("/years")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a year's holidays and 调休 working days (administrators) / 新增年度日历")
    WorkCalendar.CalendarYear addYear(@RequestBody NewYear body) {
        if (body.year() == null) {
            throw new InvalidInputException("year", "须给出年份 / year is required");
        }
        return calendar.addYear(body.year(), body.source(), body.days());
    }
}
