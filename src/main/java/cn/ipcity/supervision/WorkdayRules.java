package cn.ipcity.supervision;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Working-day arithmetic on the official calendar. A day is a working day when it is Monday–Friday and not a
 * listed holiday, or when it is a weekend day listed as a 调休 working day. Years without an official calendar
 * fall back to Monday–Friday; {@link #covers} tells callers whether that happened.
 *
 * <p>"N working days after D" ({@link #addWorkdays}) is the N-th working day strictly after D, whatever D
 * itself is: counting starts on the next day, so a holiday D behaves like the last day before the next
 * working day. Zero working days after D is D when D is a working day, else the next working day. A negative N
 * counts back the same way (the N-th working day strictly before D).
 *
 * @param exceptions days that differ from Monday–Friday: true = day off, false = working day (调休)
 * @param years years with an official calendar
 */
public record WorkdayRules(Map<LocalDate, Boolean> exceptions, Set<Integer> years) {

    /** Far enough for any deadline; stops a loop over a broken calendar. */
    private static final int MAX_STEPS = 20_000;

    public WorkdayRules {
        exceptions = Map.copyOf(exceptions);
        years = Set.copyOf(years);
    }

    public boolean isWorkday(LocalDate day) {
        Boolean off = exceptions.get(day);
        if (off != null) {
            return !off;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    public boolean covers(LocalDate day) {
        return years.contains(day.getYear());
    }

    public LocalDate addWorkdays(LocalDate start, int workdays) {
        if (workdays == 0) {
            LocalDate day = start;
            while (!isWorkday(day)) {
                day = step(day, 1, start);
            }
            return day;
        }
        int direction = workdays > 0 ? 1 : -1;
        int remaining = Math.abs(workdays);
        LocalDate day = start;
        while (remaining > 0) {
            day = step(day, direction, start);
            if (isWorkday(day)) {
                remaining--;
            }
        }
        return day;
    }

    /** Working days from {@code from} to {@code to}, both included; 0 when {@code to} is before {@code from}. */
    public int workdaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        if (to.toEpochDay() - from.toEpochDay() > MAX_STEPS) {
            throw new IllegalArgumentException("range too long: " + from + " to " + to);
        }
        int count = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkday(d)) {
                count++;
            }
        }
        return count;
    }

    /** Whether every year from {@code from} to {@code to} has an official calendar. */
    public boolean coversAll(LocalDate from, LocalDate to) {
        for (int y = Math.min(from.getYear(), to.getYear()); y <= Math.max(from.getYear(), to.getYear()); y++) {
            if (!years.contains(y)) {
                return false;
            }
        }
        return true;
    }

    private static LocalDate step(LocalDate day, int direction, LocalDate start) {
        LocalDate next = day.plusDays(direction);
        if (Math.abs(next.toEpochDay() - start.toEpochDay()) > MAX_STEPS) {
            throw new IllegalArgumentException("no working day within " + MAX_STEPS + " days of " + start);
        }
        return next;
    }
}
