package cn.ipcity.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working-day arithmetic on the shipped official calendar; every expected date is counted by hand in the comments. */
class WorkdayRulesTest {

    static WorkdayRules rules;

    @BeforeAll
    static void load() throws Exception {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        try (Reader reader = new InputStreamReader(
                WorkdayRulesTest.class.getClassLoader().getResourceAsStream("reference/cn-workday-calendar.csv"),
                StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                LocalDate d = LocalDate.parse(r.get("date"));
                exceptions.put(d, Boolean.parseBoolean(r.get("is_off_day")));
                years.add(d.getYear());
            }
        }
        rules = new WorkdayRules(exceptions, years);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        // Spring Festival 2026: Sat 02-14 is a 调休 working day, 02-15 (Sun) … 02-23 (Mon) are off
        "2026-02-13, 1, 2026-02-14", // Friday → the working Saturday
        "2026-02-14, 1, 2026-02-24", // the whole block is skipped: next is Tuesday 02-24
        "2026-02-13, 2, 2026-02-24",
        "2026-02-27, 1, 2026-02-28", // Sat 02-28 is a 调休 working day
        "2026-01-31, 5, 2026-02-06", // January's report: Mon 02-02 … Fri 02-06
        "2026-02-28, 5, 2026-03-06", // February's report: Mon 03-02 … Fri 03-06
        // 国庆 + 中秋 2025: Sun 09-28 works, 10-01 … 10-08 off, Sat 10-11 works
        "2025-09-30, 1, 2025-10-09",
        "2025-09-30, 3, 2025-10-11", // Thu 10-09, Fri 10-10, Sat 10-11 (调休)
        "2025-09-26, 1, 2025-09-28", // Friday → the working Sunday
        // D itself a holiday: counting starts the next day, so the holiday adds nothing
        "2025-10-01, 1, 2025-10-09",
        "2025-10-05, 2, 2025-10-10",
        // zero working days: D when it is a working day, else the next working day
        "2025-10-01, 0, 2025-10-09",
        "2025-10-10, 0, 2025-10-10",
        "2025-10-11, 0, 2025-10-11", // a 调休 Saturday is a working day
        // backwards (reminders): the N-th working day strictly before D
        "2025-10-09, -1, 2025-09-30",
        "2025-10-09, -3, 2025-09-28", // 09-30, 09-29, Sun 09-28 (调休)
        "2026-02-24, -1, 2026-02-14",
        // 2027 has no official calendar yet: Monday–Friday (2027-01-01 is a Friday)
        "2026-12-31, 1, 2027-01-01"
    })
    void addsWorkingDays(LocalDate start, int workdays, LocalDate expected) {
        assertThat(rules.addWorkdays(start, workdays)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} … {1}: {2} working days")
    @CsvSource({
        // 02-09 … 02-13 (5) + Sat 02-14 (1) + 02-24 … 02-27 (4) + Sat 02-28 (1) = 11
        "2026-02-09, 2026-02-28, 11",
        // Sun 09-28 (1) + 09-29, 09-30 (2) + 10-09, 10-10 (2) + Sat 10-11 (1) = 6; Sat 09-27 and Sun 10-12 rest
        "2025-09-27, 2025-10-12, 6",
        "2025-10-01, 2025-10-08, 0", // the whole holiday block
        "2026-02-14, 2026-02-14, 1", // both ends included
        "2026-02-15, 2026-02-14, 0" // to before from
    })
    void countsWorkingDaysWithBothEndsIncluded(LocalDate from, LocalDate to, int expected) {
        assertThat(rules.workdaysBetween(from, to)).isEqualTo(expected);
    }

    @Test
    void weekdayHolidaysAndWorkingWeekendsAreToldApart() {
        assertThat(rules.isWorkday(LocalDate.parse("2026-10-05"))).isFalse(); // Monday in 国庆
        assertThat(rules.isWorkday(LocalDate.parse("2026-10-10"))).isTrue(); // Saturday, 调休
        assertThat(rules.isWorkday(LocalDate.parse("2026-10-11"))).isFalse(); // plain Sunday
        assertThat(rules.isWorkday(LocalDate.parse("2026-10-12"))).isTrue(); // plain Monday
    }

    @Test
    void yearsWithoutOfficialCalendarAreReported() {
        assertThat(rules.covers(LocalDate.parse("2026-12-31"))).isTrue();
        assertThat(rules.covers(LocalDate.parse("2027-01-01"))).isFalse();
        assertThat(rules.coversAll(LocalDate.parse("2024-01-01"), LocalDate.parse("2026-12-31")))
                .isTrue();
        assertThat(rules.coversAll(LocalDate.parse("2026-12-01"), LocalDate.parse("2027-01-10")))
                .isFalse();
    }
}
