package cn.ipcity.metrics.highvalue;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the awards of condition (5) in {@code patent.awards} texts and dates them.
 *
 * <ul>
 *   <li>China Patent Award: {@code 中国专利金奖 / 银奖 / 优秀奖} (or {@code 中国专利奖}). The session 第N届 gives the
 *       year for N ≥ 22: the 22nd was held in 2021, the 23rd in 2022 (公示 April 2022), the 24th in 2023 (decision
 *       国知发运字〔2023〕30号, July 2023), so year = 1999 + N. Earlier sessions were not held every year and their
 *       years could not be verified, so such an award counts for the patent's whole life.
 *   <li>National S&amp;T awards (国家最高科学技术奖, 国家自然科学奖, 国家技术发明奖, 国家科学技术进步奖, 国际科学技术合作奖):
 *       {@code YYYY年度} awards are conferred in the following year (2019年度 in January 2020, 2023年度 in June 2024),
 *       so they count from the end of YYYY+1; a text with {@code YYYY年} but not 年度 from the end of YYYY; without a
 *       year for the whole life.
 *   <li>Anything else does not count: provincial or city awards (山东省专利奖, 威海市科学技术进步奖 — they name
 *       neither 中国专利 nor 国家…奖), and design awards (中国外观设计金奖), which no invention receives.
 * </ul>
 *
 * A dated award counts from 31 December of the year it was conferred: the exact decision date is not in the data,
 * and this way an award never counts before it existed (quarter-end figures of that year leave it out).
 */
public final class Awards {

    /** The first session whose year is verified; from here on the award is held every year. */
    static final int FIRST_DATED_SESSION = 22;

    private static final Pattern CHINA_PATENT_AWARD = Pattern.compile("中国专利(金|银|优秀)?奖");
    private static final Pattern SESSION = Pattern.compile("第([0-9一二三四五六七八九十百零〇两]+)届");
    private static final Pattern NATIONAL = Pattern.compile("国家(最高科学技术|自然科学|技术发明|科学技术进步)奖|国际科学技术合作奖");
    private static final Pattern AWARD_YEAR = Pattern.compile("((?:19|20)[0-9]{2})年(度)?");

    private Awards() {}

    public enum Kind {
        CHINA_PATENT_AWARD,
        NATIONAL_SCIENCE_AWARD,
        NOT_QUALIFYING
    }

    /**
     * One award text judged.
     *
     * @param year the year the award was conferred, when it can be derived; null = whole life
     * @param countsFrom the first day the award counts for this patent; null when it does not qualify
     */
    public record Check(String text, Kind kind, Integer year, LocalDate countsFrom) {}

    public static Check check(String text, LocalDate filingDate) {
        String t = text == null ? "" : text.strip();
        Kind kind;
        Integer year = null;
        if (CHINA_PATENT_AWARD.matcher(t).find()) {
            kind = Kind.CHINA_PATENT_AWARD;
            Matcher s = SESSION.matcher(t);
            if (s.find()) {
                int session = number(s.group(1));
                if (session >= FIRST_DATED_SESSION) {
                    year = 1999 + session;
                }
            }
        } else if (NATIONAL.matcher(t).find()) {
            kind = Kind.NATIONAL_SCIENCE_AWARD;
            Matcher y = AWARD_YEAR.matcher(t);
            if (y.find()) {
                year = Integer.parseInt(y.group(1)) + (y.group(2) != null ? 1 : 0);
            }
        } else {
            return new Check(t, Kind.NOT_QUALIFYING, null, null);
        }
        LocalDate from = year == null ? filingDate : LocalDate.of(year, 12, 31);
        if (filingDate != null && from.isBefore(filingDate)) {
            from = filingDate;
        }
        return new Check(t, kind, year, from);
    }

    /** 二十三 → 23, 十 → 10, 二十 → 20, 23 → 23; -1 when unreadable. */
    static int number(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        String digits = "零一二三四五六七八九";
        int total = 0;
        int current = 0;
        for (char c : text.toCharArray()) {
            int d = digits.indexOf(c);
            if (c == '〇') {
                d = 0;
            } else if (c == '两') {
                d = 2;
            }
            if (d >= 0) {
                current = d;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else {
                return -1;
            }
        }
        return total + current;
    }
}
