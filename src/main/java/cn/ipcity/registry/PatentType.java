package cn.ipcity.registry;

import java.time.LocalDate;

/** The three kinds of Chinese patent and their statutory terms. */
public enum PatentType {
    INVENTION,
    UTILITY_MODEL,
    DESIGN;

    /** The 4th amendment of the Patent Law (in force 2021-06-01) raised the design term from 10 to 15 years. */
    public static final LocalDate DESIGN_15_YEARS_FROM = LocalDate.of(2021, 6, 1);

    public int termYears(LocalDate filingDate) {
        return switch (this) {
            case INVENTION -> 20;
            case UTILITY_MODEL -> 10;
            case DESIGN -> filingDate.isBefore(DESIGN_15_YEARS_FROM) ? 10 : 15;
        };
    }

    /**
     * The first day on which the right no longer exists by its term. The term runs from the filing date and
     * its last day is the day before the anniversary (filed 2000-03-15 → last day 2020-03-14). A filing on
     * 29 February whose anniversary year has no such day ends with the month (Civil Code art. 202): last day
     * 28 February, term end 1 March.
     */
    public LocalDate termEnd(LocalDate filingDate) {
        LocalDate anniversary = filingDate.plusYears(termYears(filingDate));
        if (filingDate.getMonthValue() == 2 && filingDate.getDayOfMonth() == 29 && anniversary.getDayOfMonth() == 28) {
            return anniversary.plusDays(1);
        }
        return anniversary;
    }
}
