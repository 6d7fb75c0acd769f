package cn.ipcity.supervision;

import cn.ipcity.common.InvalidInputException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A program's reporting schedule; periods are written 2026-03 (monthly) or 2026-Q1 (quarterly). */
public enum Schedule {
    MONTHLY,
    QUARTERLY,
    AD_HOC;

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    /** A reporting period with its first and last day. */
    public record Period(String label, LocalDate start, LocalDate end) {}

    public Period period(String label) {
        if (label == null) {
            throw new InvalidInputException("period", "须指明报告期 / a reporting period is required");
        }
        Matcher m = MONTH.matcher(label);
        if (this == MONTHLY && m.matches()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return new Period(label, ym.atDay(1), ym.atEndOfMonth());
        }
        Matcher q = QUARTER.matcher(label);
        if (this == QUARTERLY && q.matches()) {
            int quarter = Integer.parseInt(q.group(2));
            YearMonth first = YearMonth.of(Integer.parseInt(q.group(1)), quarter * 3 - 2);
            return new Period(label, first.atDay(1), first.plusMonths(2).atEndOfMonth());
        }
        throw new InvalidInputException(
                "period", "报告期格式应为 " + example() + " / the period must look like " + example() + ": '" + label + "'");
    }

    public Period periodOf(LocalDate day) {
        return switch (this) {
            case MONTHLY -> period(YearMonth.from(day).toString());
            case QUARTERLY -> period(day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1));
            case AD_HOC -> throw new IllegalStateException("ad hoc reporting has no periods");
        };
    }

    /** The periods that overlap [from, to], in order; none for ad hoc reporting. */
    public List<Period> periods(LocalDate from, LocalDate to) {
        List<Period> result = new ArrayList<>();
        if (this == AD_HOC || to.isBefore(from)) {
            return result;
        }
        Period p = periodOf(from);
        while (!p.start().isAfter(to)) {
            result.add(p);
            p = periodOf(p.end().plusDays(1));
        }
        return result;
    }

    private String example() {
        return this == QUARTERLY ? "2026-Q1" : "2026-03";
    }
}
