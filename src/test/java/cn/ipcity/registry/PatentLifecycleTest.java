package cn.ipcity.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatentLifecycleTest {

    private static final LocalDate FILED = LocalDate.of(2015, 3, 10);
    private static final List<String> APPLICANTS = List.of("威海华东数控股份有限公司");
    private static final String HUANCUI = "371002";

    private static PatentStatus at(PatentType type, LocalDate filed, List<PatentEvent> events, String date) {
        return PatentLifecycle.derive(type, filed, APPLICANTS, HUANCUI, events, LocalDate.parse(date));
    }

    private static PatentEvent ev(String date, PatentEventCode code) {
        return PatentEvent.of(LocalDate.parse(date), code);
    }

    @Test
    void pendingUntilGrantThenValid() {
        var events = List.of(ev("2017-06-01", PatentEventCode.GRANT));
        assertThat(at(PatentType.INVENTION, FILED, events, "2017-05-31").state())
                .isEqualTo(RightState.PENDING);
        assertThat(at(PatentType.INVENTION, FILED, events, "2017-06-01").state())
                .isEqualTo(RightState.VALID);
    }

    @Test
    void lapseThenRestoration() {
        // granted 2017-06-01, lapsed for unpaid fees 2020-04-10, restored 2020-09-01
        var events = List.of(
                ev("2017-06-01", PatentEventCode.GRANT),
                ev("2020-04-10", PatentEventCode.LAPSE),
                ev("2020-09-01", PatentEventCode.RESTORATION));
        assertThat(at(PatentType.INVENTION, FILED, events, "2020-04-09").state())
                .isEqualTo(RightState.VALID);
        assertThat(at(PatentType.INVENTION, FILED, events, "2020-04-10").state())
                .isEqualTo(RightState.LAPSED);
        assertThat(at(PatentType.INVENTION, FILED, events, "2020-08-31").state())
                .isEqualTo(RightState.LAPSED);
        assertThat(at(PatentType.INVENTION, FILED, events, "2020-09-01").state())
                .isEqualTo(RightState.VALID);
        assertThat(at(PatentType.INVENTION, FILED, events, "2020-09-01").anomalies())
                .isEmpty();
    }

    @Test
    void restorationWithoutLapseIsAnAnomaly() {
        var events = List.of(ev("2017-06-01", PatentEventCode.GRANT), ev("2018-01-01", PatentEventCode.RESTORATION));
        PatentStatus s = at(PatentType.INVENTION, FILED, events, "2019-01-01");
        assertThat(s.state()).isEqualTo(RightState.VALID);
        assertThat(s.anomalies()).containsExactly("2018-01-01 RESTORATION in state VALID");
    }

    @Test
    void transferAcrossCountiesAndCitiesMovesHoldersAndAttribution() {
        // 环翠区 (威海) → 芝罘区 371302? no: 芝罘区 is 370602 (烟台) → 文登区 371003 (威海 again)
        var events = List.of(
                ev("2017-06-01", PatentEventCode.GRANT),
                PatentEvent.transfer(LocalDate.parse("2019-03-01"), "370602", "烟台某某科技有限公司"),
                PatentEvent.transfer(LocalDate.parse("2021-07-15"), "371003", "威海文登某某有限公司", "张伟"));
        PatentStatus before = at(PatentType.INVENTION, FILED, events, "2019-02-28");
        assertThat(before.holders()).isEqualTo(APPLICANTS);
        assertThat(before.jurisdictionCode()).isEqualTo(HUANCUI);
        PatentStatus yantai = at(PatentType.INVENTION, FILED, events, "2019-03-01");
        assertThat(yantai.holders()).containsExactly("烟台某某科技有限公司");
        assertThat(yantai.jurisdictionCode()).isEqualTo("370602");
        PatentStatus wendeng = at(PatentType.INVENTION, FILED, events, "2026-01-01");
        assertThat(wendeng.holders()).containsExactly("威海文登某某有限公司", "张伟");
        assertThat(wendeng.jurisdictionCode()).isEqualTo("371003");
        assertThat(wendeng.state()).isEqualTo(RightState.VALID);
    }

    @Test
    void inventionExpiresExactlyTwentyYearsAfterFiling() {
        // filed 2005-08-16: last day of the term 2025-08-15, expired from 2025-08-16
        LocalDate filed = LocalDate.of(2005, 8, 16);
        var events = List.of(ev("2008-01-09", PatentEventCode.GRANT));
        assertThat(PatentType.INVENTION.termEnd(filed)).isEqualTo(LocalDate.of(2025, 8, 16));
        assertThat(at(PatentType.INVENTION, filed, events, "2025-08-15").state())
                .isEqualTo(RightState.VALID);
        assertThat(at(PatentType.INVENTION, filed, events, "2025-08-16").state())
                .isEqualTo(RightState.EXPIRED);
    }

    @Test
    void utilityModelTermIsTenYears() {
        LocalDate filed = LocalDate.of(2014, 1, 20);
        var events = List.of(ev("2014-07-02", PatentEventCode.GRANT));
        assertThat(at(PatentType.UTILITY_MODEL, filed, events, "2024-01-19").state())
                .isEqualTo(RightState.VALID);
        assertThat(at(PatentType.UTILITY_MODEL, filed, events, "2024-01-20").state())
                .isEqualTo(RightState.EXPIRED);
    }

    @Test
    void leapDayFilings() {
        LocalDate filed = LocalDate.of(2020, 2, 29);
        // invention: 2040 is a leap year, the anniversary 2040-02-29 exists: last day 2040-02-28
        assertThat(PatentType.INVENTION.termEnd(filed)).isEqualTo(LocalDate.of(2040, 2, 29));
        // utility model: 2030 has no 29 February; the term ends with the month: last day 2030-02-28
        assertThat(PatentType.UTILITY_MODEL.termEnd(filed)).isEqualTo(LocalDate.of(2030, 3, 1));
        var events = List.of(ev("2020-09-01", PatentEventCode.GRANT));
        assertThat(at(PatentType.UTILITY_MODEL, filed, events, "2030-02-28").state())
                .isEqualTo(RightState.VALID);
        assertThat(at(PatentType.UTILITY_MODEL, filed, events, "2030-03-01").state())
                .isEqualTo(RightState.EXPIRED);
        assertThat(at(PatentType.INVENTION, filed, events, "2040-02-28").state())
                .isEqualTo(RightState.VALID);
        assertThat(at(PatentType.INVENTION, filed, events, "2040-02-29").state())
                .isEqualTo(RightState.EXPIRED);
    }

    @Test
    void designFiledBeforeJune2021HasTenYearsFromThenFifteen() {
        LocalDate may31 = LocalDate.of(2021, 5, 31);
        LocalDate june1 = LocalDate.of(2021, 6, 1);
        assertThat(PatentType.DESIGN.termEnd(may31)).isEqualTo(LocalDate.of(2031, 5, 31));
        assertThat(PatentType.DESIGN.termEnd(june1)).isEqualTo(LocalDate.of(2036, 6, 1));
        var grant = List.of(ev("2021-10-01", PatentEventCode.GRANT));
        assertThat(at(PatentType.DESIGN, may31, grant, "2031-05-31").state()).isEqualTo(RightState.EXPIRED);
        assertThat(at(PatentType.DESIGN, june1, grant, "2031-06-01").state()).isEqualTo(RightState.VALID);
        assertThat(at(PatentType.DESIGN, june1, grant, "2036-05-31").state()).isEqualTo(RightState.VALID);
        assertThat(at(PatentType.DESIGN, june1, grant, "2036-06-01").state()).isEqualTo(RightState.EXPIRED);
    }

    @Test
    void lapsedRightStaysLapsedAfterItsTermAndRestorationAfterTermIsExpired() {
        LocalDate filed = LocalDate.of(2010, 1, 1);
        var events = List.of(
                ev("2010-06-01", PatentEventCode.GRANT),
                ev("2019-06-01", PatentEventCode.LAPSE),
                ev("2020-03-01", PatentEventCode.RESTORATION));
        // utility model term ended 2020-01-01: lapsed stays lapsed; the late restoration meets an expired term
        assertThat(at(PatentType.UTILITY_MODEL, filed, events, "2020-02-01").state())
                .isEqualTo(RightState.LAPSED);
        assertThat(at(PatentType.UTILITY_MODEL, filed, events, "2020-03-01").state())
                .isEqualTo(RightState.EXPIRED);
    }

    @Test
    void pledgeAndInvalidation() {
        var events = List.of(
                ev("2017-06-01", PatentEventCode.GRANT),
                ev("2018-01-01", PatentEventCode.PLEDGE),
                ev("2019-01-01", PatentEventCode.PLEDGE_RELEASE),
                ev("2022-05-05", PatentEventCode.INVALIDATION_WHOLE));
        assertThat(at(PatentType.INVENTION, FILED, events, "2018-06-01").pledged())
                .isTrue();
        assertThat(at(PatentType.INVENTION, FILED, events, "2019-01-01").pledged())
                .isFalse();
        assertThat(at(PatentType.INVENTION, FILED, events, "2022-05-05").state())
                .isEqualTo(RightState.INVALIDATED);
    }
}
