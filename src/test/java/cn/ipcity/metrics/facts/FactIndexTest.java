package cn.ipcity.metrics.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The in-memory index under updates: what an import adds and removes goes to delta arrays, and the counts must be
 * those of the facts as they now are, before and after {@link FactIndex#compacted()} folds the deltas in.
 */
class FactIndexTest {

    private static final Lane VALID_INVENTIONS = Lane.ALL.get("valid_invention_patents");
    private static final Lane TRANSFERS = Lane.ALL.get("patent_transfers");

    @Test
    void aTransferAndItsReversalMoveThePatentAndLeaveNoDelta() {
        // A: 环翠 (371002) invention valid 2020-01-01 up to (not including) 2022-01-01; B: 环翠 from 2021-06-01, open
        Fact a = valid("A", 0, "371002", "2020-01-01", "2022-01-01");
        Fact b = valid("B", 0, "371002", "2021-06-01", null);
        FactIndex index = FactIndex.empty().apply(List.of(), List.of(a, b)).compacted();
        assertThat(index.hasDeltas()).isFalse();
        assertThat(stock(index, "3710", "2021-12-31")).isEqualTo(2);
        assertThat(stock(index, "3710", "2022-01-01")).isEqualTo(1); // A's last valid day was 2021-12-31
        assertThat(stock(index, "3706", "2021-12-31")).isZero();

        // an import moves B to 芝罘 (370602) from 2021-09-01: B's span is split at the transfer
        Fact b1 = valid("B", 0, "371002", "2021-06-01", "2021-09-01");
        Fact b2 = valid("B", 1, "370602", "2021-09-01", null);
        FactIndex moved = index.apply(List.of(b), List.of(b1, b2));
        assertThat(moved.hasDeltas()).isTrue();
        assertThat(stock(moved, "3710", "2021-08-31")).isEqualTo(2); // B still in 环翠 the day before
        assertThat(stock(moved, "3706", "2021-08-31")).isZero();
        assertThat(stock(moved, "3710", "2021-09-01")).isEqualTo(1); // only A
        assertThat(stock(moved, "3706", "2021-09-01")).isEqualTo(1); // B from the transfer date on
        assertThat(stock(moved, "37", "2021-09-01")).isEqualTo(2); // the province counts it once
        assertThat(index.stock(VALID_INVENTIONS, "3706", LocalDate.parse("2021-09-01")))
                .as("the index before the update is unchanged (readers keep the one they started with)")
                .isZero();

        // the same figures once the deltas are folded in
        FactIndex compacted = moved.compacted();
        assertThat(compacted.hasDeltas()).isFalse();
        for (String day : List.of("2021-08-31", "2021-09-01", "2022-01-01")) {
            for (String place : List.of("37", "3706", "3710", "371002")) {
                assertThat(stock(compacted, place, day)).isEqualTo(stock(moved, place, day));
            }
        }

        // a later import takes the transfer back: the removed and added days cancel, no delta is left
        FactIndex back = moved.apply(List.of(b1, b2), List.of(b));
        assertThat(back.hasDeltas()).isFalse();
        assertThat(stock(back, "3710", "2021-12-31")).isEqualTo(2);
        assertThat(stock(back, "3706", "2021-12-31")).isZero();
        assertThat(back.size())
                .as("A and B, in the lanes of valid inventions and of valid patents")
                .isEqualTo(4);
    }

    @Test
    void flowsCountTheRowsDatedWithinThePeriodAfterAnUpdate() {
        // two transfers out of 环翠 on 2024-02-29 (leap day) and 2024-03-01; the second is corrected to 2024-03-31
        Fact t1 = transfer("P1", "371002", "2024-02-29");
        Fact t2 = transfer("P2", "371002", "2024-03-01");
        FactIndex index = FactIndex.empty().apply(List.of(), List.of(t1, t2));
        assertThat(flow(index, "3710", "2024-02-01", "2024-02-29")).isEqualTo(1);
        assertThat(flow(index, "3710", "2024-03-01", "2024-03-31")).isEqualTo(1);
        Fact t2Corrected = transfer("P2", "371002", "2024-03-31");
        FactIndex corrected = index.apply(List.of(t2), List.of(t2Corrected));
        assertThat(flow(corrected, "3710", "2024-03-01", "2024-03-30")).isZero();
        assertThat(flow(corrected, "3710", "2024-03-31", "2024-03-31")).isEqualTo(1);
        assertThat(flow(corrected, "3710", "2024-01-01", "2024-12-31")).isEqualTo(2);
        assertThat(flow(corrected.compacted(), "3710", "2024-03-31", "2024-03-31"))
                .isEqualTo(1);
    }

    @Test
    void cancelRemovesTheSharedElementsOfTwoSortedMultisets() {
        int[][] r = FactIndex.cancel(new int[] {1, 2, 2, 5, 9}, new int[] {2, 3, 5, 5});
        assertThat(r[0]).containsExactly(1, 2, 9); // one 2 and one 5 are in both
        assertThat(r[1]).containsExactly(3, 5);
    }

    /**
     * Random histories of updates over three counties against a brute-force count of the facts as they are: every
     * stock and flow at every probed date agrees, with the deltas and after compaction.
     */
    @Test
    void randomUpdatesAgreeWithCountingTheFacts() {
        Random random = new Random(20261121);
        String[] counties = {"371002", "371003", "370602"};
        LocalDate origin = LocalDate.of(2016, 1, 1);
        List<Fact> current = new ArrayList<>();
        FactIndex index = FactIndex.empty();
        int key = 0;
        for (int round = 0; round < 40; round++) {
            List<Fact> removed = new ArrayList<>();
            for (int i = current.size() - 1; i >= 0; i--) {
                if (random.nextInt(4) == 0) {
                    removed.add(current.remove(i));
                }
            }
            List<Fact> added = new ArrayList<>();
            for (int i = random.nextInt(30); i > 0; i--) {
                String county = counties[random.nextInt(counties.length)];
                LocalDate from = origin.plusDays(random.nextInt(3000));
                LocalDate until = random.nextBoolean() ? null : from.plusDays(1 + random.nextInt(2000));
                Fact f = random.nextBoolean()
                        ? new Fact(FactKind.PATENT_VALID, "K" + key++, 0, county, from, until, null, FactKind.INVENTION)
                        : new Fact(FactKind.PATENT_TRANSFER, "K" + key++, 0, county, from, null, null, 0);
                added.add(f);
            }
            current.addAll(added);
            index = index.apply(removed, added);
            if (round % 7 == 6) {
                index = index.compacted();
                assertThat(index.hasDeltas()).isFalse();
            }
            for (int probe = 0; probe < 20; probe++) {
                LocalDate day = origin.plusDays(random.nextInt(5200));
                LocalDate end = day.plusDays(random.nextInt(400));
                for (String place : List.of("37", "3710", "371002", "370602")) {
                    assertThat(index.stock(VALID_INVENTIONS, place, day)).isEqualTo(countValid(current, place, day));
                    assertThat(index.count(TRANSFERS, place, day, end))
                            .isEqualTo(countTransfers(current, place, day, end));
                    assertThat(index.compacted().stock(VALID_INVENTIONS, place, day))
                            .isEqualTo(countValid(current, place, day));
                }
            }
        }
        assertThat(index.compacted().size())
                .isEqualTo(FactIndex.empty().apply(List.of(), current).size());
    }

    private static long countValid(List<Fact> facts, String place, LocalDate day) {
        return facts.stream()
                .filter(f -> f.kind() == FactKind.PATENT_VALID && f.county().startsWith(place))
                .filter(f -> !f.from().isAfter(day)
                        && (f.until() == null || f.until().isAfter(day)))
                .count();
    }

    private static long countTransfers(List<Fact> facts, String place, LocalDate from, LocalDate to) {
        return facts.stream()
                .filter(f -> f.kind() == FactKind.PATENT_TRANSFER && f.county().startsWith(place))
                .filter(f -> !f.from().isBefore(from) && !f.from().isAfter(to))
                .count();
    }

    private static long stock(FactIndex index, String place, String day) {
        return index.stock(VALID_INVENTIONS, place, LocalDate.parse(day));
    }

    private static long flow(FactIndex index, String place, String from, String to) {
        return index.count(TRANSFERS, place, LocalDate.parse(from), LocalDate.parse(to));
    }

    private static Fact valid(String key, int seq, String county, String from, String until) {
        return new Fact(
                FactKind.PATENT_VALID,
                key,
                seq,
                county,
                LocalDate.parse(from),
                until == null ? null : LocalDate.parse(until),
                null,
                FactKind.INVENTION);
    }

    private static Fact transfer(String key, String county, String day) {
        return new Fact(FactKind.PATENT_TRANSFER, key, 0, county, LocalDate.parse(day), null, null, 0);
    }
}
