package cn.ipcity.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link PatentLifecycle#validSpans} must say, for every day, what {@link PatentLifecycle#derive} says. */
class PatentValidSpansTest {

    private static final String HUANCUI = "371002";
    private static final String ZHIFU = "370602";

    @Test
    void lapseRestorationAndTransferSplitTheSpans() {
        // granted 2017-06-01 in 环翠; transferred to 芝罘 2019-03-05; lapsed 2020-04-10; restored 2020-09-01;
        // invention filed 2015-03-10 → term end 2035-03-10. Spans: [2017-06-01, 2019-03-05) 环翠,
        // [2019-03-05, 2020-04-10) 芝罘, [2020-09-01, 2035-03-10) 芝罘.
        List<PatentEvent> events = List.of(
                PatentEvent.of(LocalDate.of(2017, 6, 1), PatentEventCode.GRANT),
                PatentEvent.transfer(LocalDate.of(2019, 3, 5), ZHIFU, "烟台某公司"),
                PatentEvent.of(LocalDate.of(2020, 4, 10), PatentEventCode.LAPSE),
                PatentEvent.of(LocalDate.of(2020, 9, 1), PatentEventCode.RESTORATION));
        assertThat(PatentLifecycle.validSpans(PatentType.INVENTION, LocalDate.of(2015, 3, 10), HUANCUI, events))
                .containsExactly(
                        new PatentLifecycle.ValidSpan(LocalDate.of(2017, 6, 1), LocalDate.of(2019, 3, 5), HUANCUI),
                        new PatentLifecycle.ValidSpan(LocalDate.of(2019, 3, 5), LocalDate.of(2020, 4, 10), ZHIFU),
                        new PatentLifecycle.ValidSpan(LocalDate.of(2020, 9, 1), LocalDate.of(2035, 3, 10), ZHIFU));
    }

    @Test
    void leapDayFilingEndsOnFirstOfMarch() {
        // utility model filed 2012-02-29: last day of the 10-year term 2022-02-28, so the span ends (excluded) on
        // 2022-03-01
        List<PatentEvent> events = List.of(PatentEvent.of(LocalDate.of(2012, 8, 1), PatentEventCode.GRANT));
        assertThat(PatentLifecycle.validSpans(PatentType.UTILITY_MODEL, LocalDate.of(2012, 2, 29), HUANCUI, events))
                .containsExactly(
                        new PatentLifecycle.ValidSpan(LocalDate.of(2012, 8, 1), LocalDate.of(2022, 3, 1), HUANCUI));
    }

    @Test
    void agreesWithDeriveOnEveryDayForRandomHistories() {
        Random random = new Random(20261121);
        PatentEventCode[] codes = PatentEventCode.values();
        for (int patent = 0; patent < 400; patent++) {
            PatentType type = PatentType.values()[random.nextInt(3)];
            LocalDate filed = LocalDate.of(2000 + random.nextInt(20), 1 + random.nextInt(12), 1)
                    .plusDays(random.nextInt(28));
            List<PatentEvent> events = new ArrayList<>();
            LocalDate d = filed.plusDays(200 + random.nextInt(900));
            events.add(PatentEvent.of(d, PatentEventCode.GRANT));
            int n = random.nextInt(7);
            for (int i = 0; i < n; i++) {
                // events on the same date are frequent in real registers: step 0 days now and then
                d = d.plusDays(random.nextInt(4) == 0 ? 0 : random.nextInt(2500));
                PatentEventCode code = codes[random.nextInt(codes.length)];
                events.add(
                        code == PatentEventCode.TRANSFER
                                ? PatentEvent.transfer(d, random.nextBoolean() ? ZHIFU : null, "某公司" + i)
                                : PatentEvent.of(d, code));
            }
            List<PatentLifecycle.ValidSpan> spans = PatentLifecycle.validSpans(type, filed, HUANCUI, events);
            for (LocalDate day = filed; day.isBefore(filed.plusYears(22)); day = day.plusDays(7)) {
                checkDay(type, filed, events, spans, day);
            }
            for (PatentEvent e : events) {
                checkDay(type, filed, events, spans, e.date().minusDays(1));
                checkDay(type, filed, events, spans, e.date());
            }
            checkDay(type, filed, events, spans, type.termEnd(filed).minusDays(1));
            checkDay(type, filed, events, spans, type.termEnd(filed));
        }
    }

    private static void checkDay(
            PatentType type,
            LocalDate filed,
            List<PatentEvent> events,
            List<PatentLifecycle.ValidSpan> spans,
            LocalDate day) {
        PatentStatus status = PatentLifecycle.derive(type, filed, List.of("申请人"), HUANCUI, events, day);
        PatentLifecycle.ValidSpan span = spans.stream()
                .filter(s -> !day.isBefore(s.from()) && day.isBefore(s.until()))
                .findFirst()
                .orElse(null);
        assertThat(span != null)
                .as("valid on %s (%s filed %s, events %s)", day, type, filed, events)
                .isEqualTo(status.state() == RightState.VALID);
        if (span != null) {
            assertThat(span.jurisdictionCode()).isEqualTo(status.jurisdictionCode());
        }
    }
}
