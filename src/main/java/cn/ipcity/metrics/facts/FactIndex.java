package cn.ipcity.metrics.facts;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts in memory, arranged so that any measure of any jurisdiction at any date is a few binary searches:
 * for each measure (a {@link Lane}) and each county, the sorted start days and end days of its rows (and, for
 * money flows, the running sum of the amounts in start order). A stock at day d is (starts ≤ d) − (ends ≤ d),
 * summed over the counties whose code begins with the jurisdiction's significant digits (a city is the sum of its
 * counties, a province of its cities); a flow over a..b is (starts ≤ b) − (starts < a). Immutable: an update
 * builds a new index sharing the unchanged counties, and readers keep the one they started with.
 *
 * <p>An update after an import does not rewrite a county's arrays (hundreds of thousands of days for a big county,
 * tens of them per measure): the facts it adds and removes go to small sorted delta arrays beside them, which the
 * counts add and subtract, so that the figures are current after work proportional to the import. {@link
 * #compacted} folds the deltas into the arrays later, off that path.
 */
final class FactIndex {

    /**
     * One county's rows of one lane. {@code cents} holds the running sums of the amounts in start order (one more
     * element than {@code starts}), or just {0} when no row has an amount. The delta arrays hold the days of rows
     * added ({@code plus…}) and removed ({@code minus…}) since the arrays were built (sorted; empty but for lanes
     * updated per import, which have no amounts).
     */
    record CountyData(
            int[] starts,
            int[] ends,
            long[] cents,
            int[] plusStarts,
            int[] plusEnds,
            int[] minusStarts,
            int[] minusEnds) {

        private static final int[] NONE = new int[0];
        static final CountyData EMPTY = new CountyData(NONE, NONE, new long[] {0});

        CountyData(int[] starts, int[] ends, long[] cents) {
            this(starts, ends, cents, NONE, NONE, NONE, NONE);
        }

        /** Rows started on or before the day. */
        int startedBy(int day) {
            return upper(starts, day) + upper(plusStarts, day) - upper(minusStarts, day);
        }

        /** Rows ended on or before the day. */
        int endedBy(int day) {
            return upper(ends, day) + upper(plusEnds, day) - upper(minusEnds, day);
        }

        int deltaSize() {
            return plusStarts.length + plusEnds.length + minusStarts.length + minusEnds.length;
        }

        /** This county with more rows added and removed (only the deltas change; see {@link #compact}). */
        CountyData with(int[] addedStarts, int[] addedEnds, int[] removedStarts, int[] removedEnds) {
            int[][] s = cancel(merge(plusStarts, addedStarts), merge(minusStarts, removedStarts));
            int[][] e = cancel(merge(plusEnds, addedEnds), merge(minusEnds, removedEnds));
            return new CountyData(starts, ends, cents, s[0], e[0], s[1], e[1]);
        }

        /** The same rows with the deltas folded into the arrays. */
        CountyData compact() {
            if (deltaSize() == 0) {
                return this;
            }
            return new CountyData(
                    minus(merge(starts, plusStarts), minusStarts), minus(merge(ends, plusEnds), minusEnds), cents);
        }

        int size() {
            return starts.length + plusStarts.length - minusStarts.length;
        }
    }

    /** One lane's counties, sorted by code so that the counties of a jurisdiction are a contiguous run. */
    record LaneData(String[] counties, CountyData[] data) {
        static final LaneData EMPTY = new LaneData(new String[0], new CountyData[0]);
    }

    private final Map<String, LaneData> lanes;
    private final Set<FactKind.Family> familiesWithData;

    FactIndex(Map<String, LaneData> lanes, Set<FactKind.Family> familiesWithData) {
        this.lanes = Map.copyOf(lanes);
        this.familiesWithData = Set.copyOf(familiesWithData);
    }

    static FactIndex empty() {
        return new FactIndex(Map.of(), Set.of());
    }

    boolean hasData(FactKind.Family family) {
        return familiesWithData.contains(family);
    }

    /** Rows of the lane whose period contains {@code day}, in the jurisdiction {@code prefix}. */
    long stock(Lane lane, String prefix, LocalDate day) {
        int d = (int) day.toEpochDay();
        long n = 0;
        LaneData data = lanes.getOrDefault(lane.measure(), LaneData.EMPTY);
        for (int i = firstCounty(data, prefix); i < data.counties.length && data.counties[i].startsWith(prefix); i++) {
            CountyData c = data.data[i];
            n += c.startedBy(d) - c.endedBy(d);
        }
        return n;
    }

    /** Rows of the lane dated within {@code from}..{@code to}. */
    long count(Lane lane, String prefix, LocalDate from, LocalDate to) {
        int a = (int) from.toEpochDay();
        int b = (int) to.toEpochDay();
        long n = 0;
        LaneData data = lanes.getOrDefault(lane.measure(), LaneData.EMPTY);
        for (int i = firstCounty(data, prefix); i < data.counties.length && data.counties[i].startsWith(prefix); i++) {
            CountyData c = data.data[i];
            n += c.startedBy(b) - c.startedBy(a - 1);
        }
        return n;
    }

    /** The sum of the amounts (in fen) of rows dated within {@code from}..{@code to}. */
    long amountCents(Lane lane, String prefix, LocalDate from, LocalDate to) {
        int a = (int) from.toEpochDay();
        int b = (int) to.toEpochDay();
        long sum = 0;
        LaneData data = lanes.getOrDefault(lane.measure(), LaneData.EMPTY);
        for (int i = firstCounty(data, prefix); i < data.counties.length && data.counties[i].startsWith(prefix); i++) {
            CountyData c = data.data[i];
            if (c.cents.length == 1) {
                continue; // no amounts in this county
            }
            sum += c.cents[upper(c.starts, b)] - c.cents[upper(c.starts, a - 1)];
        }
        return sum;
    }

    /** A new index in which the given lanes are replaced whole (the lanes of a family that was rebuilt). */
    FactIndex withLanes(Map<String, Map<String, CountyData>> replaced, Set<FactKind.Family> familiesWithData) {
        Map<String, LaneData> next = new HashMap<>(lanes);
        replaced.forEach((measure, counties) -> next.put(measure, laneData(counties)));
        return new FactIndex(next, familiesWithData);
    }

    /**
     * A new index with the facts an update removed and added, put in the delta arrays of the counties they touch
     * (the other counties are shared with this index). Only for lanes without amounts (the families updated per
     * job: patents, trademarks, copyrights).
     */
    FactIndex apply(List<Fact> removed, List<Fact> added) {
        Map<String, LaneData> next = new HashMap<>(lanes);
        Set<FactKind.Family> families = new java.util.HashSet<>(familiesWithData);
        added.forEach(f -> families.add(f.kind().family()));
        Map<FactKind, List<Fact>> removedByKind = byKind(removed);
        Map<FactKind, List<Fact>> addedByKind = byKind(added);
        for (Lane lane : Lane.ALL.values()) {
            Map<String, List<Fact>> out = byCounty(lane, removedByKind);
            Map<String, List<Fact>> in = byCounty(lane, addedByKind);
            if (out.isEmpty() && in.isEmpty()) {
                continue;
            }
            LaneData old = lanes.getOrDefault(lane.measure(), LaneData.EMPTY);
            Map<String, CountyData> counties = new HashMap<>();
            for (int i = 0; i < old.counties.length; i++) {
                counties.put(old.counties[i], old.data[i]);
            }
            Set<String> touched = new java.util.HashSet<>(out.keySet());
            touched.addAll(in.keySet());
            for (String county : touched) {
                CountyData c = counties.getOrDefault(county, CountyData.EMPTY);
                List<Fact> o = out.getOrDefault(county, List.of());
                List<Fact> a = in.getOrDefault(county, List.of());
                boolean stock = lane.mode() == Lane.Mode.STOCK;
                CountyData changed = c.with(
                        days(a, true),
                        stock ? days(a, false) : new int[0],
                        days(o, true),
                        stock ? days(o, false) : new int[0]);
                if (changed.size() <= 0) {
                    counties.remove(county);
                } else {
                    counties.put(county, changed);
                }
            }
            next.put(lane.measure(), laneData(counties));
        }
        return new FactIndex(next, families);
    }

    /** Whether some county holds rows in delta arrays ({@link #compacted} has work to do). */
    boolean hasDeltas() {
        for (LaneData lane : lanes.values()) {
            for (CountyData c : lane.data) {
                if (c.deltaSize() > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The same figures with every county's deltas folded into its arrays (this index when there are none). */
    FactIndex compacted() {
        if (!hasDeltas()) {
            return this;
        }
        Map<String, LaneData> next = new HashMap<>();
        lanes.forEach((measure, lane) -> {
            CountyData[] data = new CountyData[lane.data.length];
            for (int i = 0; i < data.length; i++) {
                data[i] = lane.data[i].compact();
            }
            next.put(measure, new LaneData(lane.counties, data));
        });
        return new FactIndex(next, familiesWithData);
    }

    /**
     * Two sorted multisets without the elements they share (a row added by one import and removed by a later one
     * leaves neither delta).
     */
    static int[][] cancel(int[] plus, int[] minus) {
        int[] p = new int[plus.length];
        int[] m = new int[minus.length];
        int i = 0;
        int j = 0;
        int np = 0;
        int nm = 0;
        while (i < plus.length || j < minus.length) {
            if (j >= minus.length || (i < plus.length && plus[i] < minus[j])) {
                p[np++] = plus[i++];
            } else if (i >= plus.length || minus[j] < plus[i]) {
                m[nm++] = minus[j++];
            } else {
                i++;
                j++;
            }
        }
        return new int[][] {Arrays.copyOf(p, np), Arrays.copyOf(m, nm)};
    }

    private static Map<FactKind, List<Fact>> byKind(List<Fact> facts) {
        Map<FactKind, List<Fact>> m = new java.util.EnumMap<>(FactKind.class);
        for (Fact f : facts) {
            m.computeIfAbsent(f.kind(), k -> new java.util.ArrayList<>()).add(f);
        }
        return m;
    }

    private static Map<String, List<Fact>> byCounty(Lane lane, Map<FactKind, List<Fact>> byKind) {
        Map<String, List<Fact>> m = new HashMap<>();
        for (FactKind kind : lane.kinds()) {
            for (Fact f : byKind.getOrDefault(kind, List.of())) {
                if (lane.matches(f.kind(), f.flags())) {
                    m.computeIfAbsent(f.county(), c -> new java.util.ArrayList<>())
                            .add(f);
                }
            }
        }
        return m;
    }

    /** The sorted start days (or the end days of closed periods) of the facts. */
    private static int[] days(List<Fact> facts, boolean starts) {
        return facts.stream()
                .filter(f -> starts || f.until() != null)
                .mapToInt(f -> (int) (starts ? f.from() : f.until()).toEpochDay())
                .sorted()
                .toArray();
    }

    /** The sorted multiset {@code all} without one occurrence of each element of {@code removed} (sorted). */
    static int[] minus(int[] all, int[] removed) {
        int[] out = new int[all.length];
        int n = 0;
        int j = 0;
        for (int v : all) {
            while (j < removed.length && removed[j] < v) {
                j++; // a removed value that is not there: the index and the table disagreed; ignore it
            }
            if (j < removed.length && removed[j] == v) {
                j++;
            } else {
                out[n++] = v;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Two sorted arrays merged into one sorted array. */
    static int[] merge(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            out[n++] = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
        }
        return out;
    }

    static LaneData laneData(Map<String, CountyData> counties) {
        String[] codes = counties.keySet().toArray(String[]::new);
        Arrays.sort(codes);
        CountyData[] data = new CountyData[codes.length];
        for (int i = 0; i < codes.length; i++) {
            data[i] = counties.get(codes[i]);
        }
        return new LaneData(codes, data);
    }

    /** Number of lane rows held in memory (for the log and the benchmark). */
    long size() {
        long n = 0;
        for (LaneData l : lanes.values()) {
            for (CountyData c : l.data) {
                n += c.size();
            }
        }
        return n;
    }

    private static int firstCounty(LaneData data, String prefix) {
        int i = Arrays.binarySearch(data.counties, prefix);
        return i >= 0 ? i : -i - 1;
    }

    /** The number of elements ≤ value in a sorted array. */
    static int upper(int[] sorted, int value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
