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
 */
final class FactIndex {

    /**
     * One county's rows of one lane. {@code cents} holds the running sums of the amounts in start order (one more
     * element than {@code starts}), or just {0} when no row has an amount.
     */
    record CountyData(int[] starts, int[] ends, long[] cents) {
        static final CountyData EMPTY = new CountyData(new int[0], new int[0], new long[] {0});
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
            n += upper(c.starts, d) - upper(c.ends, d);
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
            n += upper(c.starts, b) - upper(c.starts, a - 1);
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
     * A new index with the facts an update removed and added, applied to the arrays of the counties they touch
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
                int[] starts = merge(minus(c.starts, days(o, true)), days(a, true));
                int[] ends = stock ? merge(minus(c.ends, days(o, false)), days(a, false)) : new int[0];
                if (starts.length == 0) {
                    counties.remove(county);
                } else {
                    counties.put(county, new CountyData(starts, ends, new long[] {0}));
                }
            }
            next.put(lane.measure(), laneData(counties));
        }
        return new FactIndex(next, families);
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
                n += c.starts.length;
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
