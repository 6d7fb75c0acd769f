package cn.ipcity.metrics;

import cn.ipcity.common.InvalidInputException;
import cn.ipcity.common.NotFoundException;
import cn.ipcity.jurisdiction.Jurisdiction;
import cn.ipcity.jurisdiction.Jurisdictions;
import cn.ipcity.program.Indicator;
import cn.ipcity.program.Measure;
import cn.ipcity.program.Program;
import cn.ipcity.program.Programs;
import cn.ipcity.program.TargetKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring cockpit (驾驶舱): each indicator of a program with its progress and the quarterly series behind
 * it, and measures compared across jurisdictions. Each card's series and progress come from {@link
 * ProgramProgress#evaluate}, the same call the progress list makes; the cockpit keeps the series for the chart.
 */
@Service
public class Cockpit {

    /** The cities the province view compares: the three cities whose programs ipcity holds. */
    public static final List<String> PROVINCE_CITIES = List.of("371000", "370600", "370300");

    /** The measures the province view compares, per-capita figures first. */
    public static final List<String> PROVINCE_MEASURES = List.of(
            "valid_invention_patents_per_10k",
            "hv_invention_patents_per_10k",
            "valid_invention_patents",
            "hv_invention_patents",
            "valid_trademarks",
            "pledge_amount",
            "pledge_count",
            "patent_transfers_licences",
            "resident_population");

    static final String POPULATION = "resident_population";
    private static final int MAX_COMPARED = 40;
    private static final MathContext MC = MathContext.DECIMAL64;

    private final Programs programs;
    private final Measures measures;
    private final ProgramProgress progress;
    private final Jurisdictions jurisdictions;

    Cockpit(Programs programs, Measures measures, ProgramProgress progress, Jurisdictions jurisdictions) {
        this.programs = programs;
        this.measures = measures;
        this.progress = progress;
        this.jurisdictions = jurisdictions;
    }

    @Transactional(readOnly = true)
    public CockpitView of(String programCode, LocalDate asOf) {
        Program program = programs.get(programCode);
        List<CockpitView.Card> cards = new ArrayList<>();
        for (Indicator i : program.numericIndicators()) {
            if (i.target() != null && i.comparator() != null) {
                cards.add(card(program, i, asOf));
            }
        }
        return new CockpitView(
                program.code(),
                program.titleZh(),
                program.jurisdictionCode(),
                program.periodStart(),
                program.periodEnd(),
                asOf,
                cards,
                neighbours(program.jurisdictionCode()),
                measureOptions(program));
    }

    /** Measures side by side (rules in {@link Comparison}). */
    @Transactional(readOnly = true)
    public Comparison compare(List<String> measureCodes, List<String> jurisdictionCodes, LocalDate asOf) {
        if (measureCodes.isEmpty() || measureCodes.size() > MAX_COMPARED) {
            throw new InvalidInputException("measure", "请指定1至40个指标口径 / name 1 to 40 measures");
        }
        if (jurisdictionCodes.isEmpty() || jurisdictionCodes.size() > MAX_COMPARED) {
            throw new InvalidInputException("jurisdictions", "请指定1至40个行政区划 / name 1 to 40 jurisdictions");
        }
        List<Jurisdiction> places =
                jurisdictionCodes.stream().map(jurisdictions::get).toList();
        List<Comparison.Row> rows = new ArrayList<>();
        for (String code : measureCodes) {
            Measure m = knownMeasure(code);
            LocalDate from = m.kind() == Measure.Kind.FLOW ? asOf.withDayOfYear(1) : null;
            List<MeasureValue> values = places.stream()
                    .map(j -> measures.value(code, new MeasureQuery(j.code(), from, asOf)))
                    .toList();
            BigDecimal largest = values.stream()
                    .map(MeasureValue::value)
                    .filter(Objects::nonNull)
                    .map(BigDecimal::abs)
                    .max(BigDecimal::compareTo)
                    .orElse(null);
            ChineseNumbers.Scale scale = ChineseNumbers.scale(m.unit(), largest);
            List<Comparison.Entry> entries = new ArrayList<>();
            for (int k = 0; k < places.size(); k++) {
                MeasureValue v = values.get(k);
                entries.add(new Comparison.Entry(
                        places.get(k).shortCode(),
                        places.get(k).name(),
                        v.value(),
                        v.availability().name(),
                        v.note(),
                        ChineseNumbers.format(v.value(), m.unit()),
                        scale.apply(v.value())));
            }
            rows.add(new Comparison.Row(
                    m.code(), m.name(), m.nameEn(), m.kind().name(), m.unit(), from, asOf, scale.unit(), entries));
        }
        return new Comparison(asOf, rows);
    }

    private Measure knownMeasure(String code) {
        try {
            return measures.measure(code);
        } catch (NotFoundException e) {
            throw new InvalidInputException("measure", "未知的指标口径 / unknown measure '" + code + "'");
        }
    }

    private CockpitView.Card card(Program program, Indicator i, LocalDate asOf) {
        String unit = i.unit().baseSymbol();
        ProgramProgress.Evaluated evaluated = progress.evaluate(program, i, asOf);
        IndicatorProgress.Source source = evaluated.source();
        IndicatorSeries series = evaluated.series();
        Progress p = evaluated.progress();
        // a compound-growth indicator is stated in % while its levels are in the measure's unit
        String levelUnit = i.targetKind() == TargetKind.CAGR && !i.isReported()
                ? measures.measure(i.measure()).unit()
                : unit;
        BigDecimal target = i.targetInBaseUnit();
        BigDecimal actual = p == null ? null : p.actual();
        BigDecimal baseline = p == null ? null : p.baseline();
        BigDecimal achievement = p == null ? null : p.achievement();
        BigDecimal forecast = p == null ? null : p.forecast();
        LocalDate recordsTo = null;
        LocalDate recordsFrom = null;
        if (source == IndicatorProgress.Source.MEASURE) {
            LocalDate until = asOf.isAfter(program.periodEnd()) ? program.periodEnd() : asOf;
            recordsTo = p.actualDate() != null ? p.actualDate() : until;
            if (recordsTo.isBefore(program.periodStart())) {
                recordsTo = null;
            } else if (measures.measure(i.measure()).kind() == Measure.Kind.FLOW) {
                boolean level = i.targetKind() == TargetKind.STOCK_AT_END || i.targetKind() == TargetKind.INCREMENT;
                recordsFrom = level ? program.periodStart() : recordsTo.withDayOfYear(1);
            }
        }
        CockpitView.Text text = new CockpitView.Text(
                ChineseNumbers.format(actual, levelUnit),
                ChineseNumbers.format(baseline, levelUnit),
                ChineseNumbers.format(target, unit),
                ChineseNumbers.format(achievement, unit),
                ChineseNumbers.format(forecast, unit));
        return new CockpitView.Card(
                i.code(),
                i.name(),
                i.nameEn(),
                i.measure(),
                source.name(),
                levelUnit,
                unit,
                i.targetKind(),
                i.comparator(),
                actual,
                p == null ? null : p.actualDate(),
                baseline,
                target,
                achievement,
                p == null ? null : p.trajectory(),
                forecast,
                p == null ? null : p.forecastMet(),
                p == null ? CockpitView.Status.NOT_COMPUTED : CockpitView.Status.of(p.status()),
                p == null ? null : p.reason(),
                p != null && p.isFinal(),
                text,
                series == null ? null : chart(program.periodStart(), program.periodEnd(), i, series, asOf, levelUnit),
                recordsFrom,
                recordsTo);
    }

    /**
     * Quarter ends over the whole period (and the as-of date), with the actual value where an observation exists up
     * to the as-of date, and the planned value: for level kinds the straight line from the baseline to the target
     * level, for compound growth the baseline grown at the target rate, none for yearly kinds (their target is a
     * flat line, {@code targetLevel}).
     */
    static CockpitView.Chart chart(
            LocalDate start, LocalDate end, Indicator i, IndicatorSeries series, LocalDate asOf, String unit) {
        LocalDate before = start.minusDays(1);
        BigDecimal baseline = series.baseline();
        BigDecimal target = i.targetInBaseUnit();
        TargetKind kind = i.targetKind();
        boolean level = kind == TargetKind.STOCK_AT_END || kind == TargetKind.INCREMENT;
        BigDecimal targetLevel =
                switch (kind) {
                    case STOCK_AT_END -> target;
                    case INCREMENT -> baseline == null ? null : baseline.add(target);
                    case CAGR -> baseline == null ? null : grown(baseline, target, before, end);
                    default -> target;
                };
        Map<LocalDate, BigDecimal> actualByDate = new LinkedHashMap<>();
        for (Observation o : series.observations()) {
            if (!o.date().isAfter(asOf) && !o.date().isBefore(before)) {
                actualByDate.put(o.date(), o.value());
            }
        }
        TreeSet<LocalDate> dates = new TreeSet<>(MeasureSeries.quarterEnds(start, end));
        dates.addAll(actualByDate.keySet());
        boolean planned = baseline != null && targetLevel != null && (level || kind == TargetKind.CAGR);
        if (baseline != null && (level || kind == TargetKind.CAGR)) {
            dates.add(before);
            actualByDate.putIfAbsent(before, baseline);
        }
        List<CockpitView.Point> points = new ArrayList<>();
        for (LocalDate d : dates) {
            BigDecimal planValue = null;
            if (planned) {
                planValue = kind == TargetKind.CAGR
                        ? grown(baseline, target, before, d)
                        : ProgressCalculator.trajectory(start, end, baseline, targetLevel, d);
            }
            points.add(new CockpitView.Point(d, actualByDate.get(d), planValue));
        }
        BigDecimal largest = Stream.concat(
                        Stream.of(targetLevel), points.stream().flatMap(p -> Stream.of(p.actual(), p.trajectory())))
                .filter(Objects::nonNull)
                .map(BigDecimal::abs)
                .max(BigDecimal::compareTo)
                .orElse(null);
        // a CAGR chart shows levels (its line is the grown baseline), every other chart the indicator's unit
        ChineseNumbers.Scale scale = ChineseNumbers.scale(unit, largest);
        return new CockpitView.Chart(
                scale.unit(),
                scale.divisor(),
                ProgressCalculator.round(scale.apply(targetLevel)),
                points.stream()
                        .map(p -> new CockpitView.Point(
                                p.date(),
                                ProgressCalculator.round(scale.apply(p.actual())),
                                ProgressCalculator.round(scale.apply(p.trajectory()))))
                        .toList());
    }

    /** baseline × (1 + rate/100)^years from {@code from} to {@code to}. */
    private static BigDecimal grown(BigDecimal baseline, BigDecimal ratePercent, LocalDate from, LocalDate to) {
        double factor = Math.pow(1 + ratePercent.doubleValue() / 100, Math.max(0, ProgressCalculator.years(from, to)));
        return baseline.multiply(BigDecimal.valueOf(factor), MC);
    }

    /** The county-level units of a county's city, the counties of a city, or the cities of a province. */
    private List<String> neighbours(String jurisdictionCode) {
        Jurisdiction j = jurisdictions.get(jurisdictionCode);
        String parent = j.level() == Jurisdiction.Level.COUNTY ? j.parentCode() : j.code();
        List<String> codes = jurisdictions.children(parent).stream()
                .map(Jurisdiction::shortCode)
                .toList();
        return codes.isEmpty() ? List.of(j.shortCode()) : codes;
    }

    private List<CockpitView.MeasureOption> measureOptions(Program program) {
        List<CockpitView.MeasureOption> computable = new ArrayList<>();
        List<CockpitView.MeasureOption> other = new ArrayList<>();
        program.numericIndicators().stream()
                .map(Indicator::measure)
                .filter(m -> !Indicator.REPORTED.equals(m))
                .distinct()
                .forEach(code -> {
                    Measure m = measures.measure(code);
                    boolean can = measures.isComputable(code);
                    (can ? computable : other).add(new CockpitView.MeasureOption(code, m.name(), m.nameEn(), can));
                });
        List<CockpitView.MeasureOption> options = new ArrayList<>(computable);
        options.addAll(other);
        if (options.stream().noneMatch(o -> o.code().equals(POPULATION))) {
            Measure m = measures.measure(POPULATION);
            options.add(
                    new CockpitView.MeasureOption(POPULATION, m.name(), m.nameEn(), measures.isComputable(POPULATION)));
        }
        return options;
    }
}
