package cn.ipcity.bench;

import cn.ipcity.IpcityApplication;
import cn.ipcity.generator.DataGenerator;
import cn.ipcity.generator.GeneratorOptions;
import cn.ipcity.jurisdiction.Jurisdiction;
import cn.ipcity.jurisdiction.Jurisdictions;
import cn.ipcity.metrics.MeasureQuery;
import cn.ipcity.metrics.MeasureValue;
import cn.ipcity.metrics.Measures;
import cn.ipcity.metrics.ProgramProgress;
import cn.ipcity.metrics.facts.RegistryFacts;
import cn.ipcity.program.Indicator;
import cn.ipcity.program.Measure;
import cn.ipcity.program.Program;
import cn.ipcity.program.Programs;
import cn.ipcity.registry.ImportJob;
import cn.ipcity.registry.Imports;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The indicator benchmark (issue 4 §7), run only by {@code mvn -Pbench-metrics test}. It uses the province-scale
 * database of the import benchmark ({@code target/bench-pg}); when that holds no patents it generates scale
 * {@code bench.scale} (default 2) and imports every file first. Then, in one run, it prints:
 * <ol>
 *   <li>the time to derive the facts from the registry and load the index (a full rebuild);
 *   <li>the time to recompute every computed indicator of the five programs for every jurisdiction of the
 *       province (province, cities, counties) at every quarter end 2016–2026, plus each program's progress at
 *       each quarter end — goal ≤ 10 s;
 *   <li>one measure at one date (median of 200) — goal ≤ 200 ms;
 *   <li>how long after an import of 10,000 records (legal events moving patents between cities) the affected
 *       figures are current — goal ≤ 1 s;
 *   <li>the floor: a plain SQL {@code count(*)} over the same rows (patents, events, trademarks, facts), and the
 *       ratios against it.
 * </ol>
 */
class MetricsBenchmark {

    @Test
    void run() throws Exception {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "2"));
        Path target = Path.of("target").toAbsolutePath();
        Path pg = Path.of(
                System.getProperty("bench.pg", target.resolve("bench-pg").toString()));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(IpcityApplication.class)
                .run(
                        "--server.port=0",
                        "--ipcity.embedded-db.data-directory=" + pg,
                        "--ipcity.demo-data=false",
                        "--ipcity.demo-users=false",
                        "--ipcity.imports.upload-directory=" + target.resolve("bench-uploads"),
                        "--ipcity.security.admin-password=Bench-only-2026")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            Imports imports = context.getBean(Imports.class);
            RegistryFacts facts = context.getBean(RegistryFacts.class);
            Measures measures = context.getBean(Measures.class);
            ProgramProgress progress = context.getBean(ProgramProgress.class);
            Programs programs = context.getBean(Programs.class);
            Jurisdictions jurisdictions = context.getBean(Jurisdictions.class);
            facts.awaitCurrent(Duration.ofHours(1));

            long patents = count(jdbc, "patent");
            if (patents < 1000) {
                Path data = target.resolve("bench-data");
                System.out.printf(Locale.ROOT, "== no data in %s: generating scale %s and importing it%n", pg, scale);
                var summary = new DataGenerator()
                        .generate(new GeneratorOptions(scale, 7, data, StandardCharsets.UTF_8, false));
                List<String> files = new ArrayList<>(List.of("party", "patent", "patent-event", "trademark"));
                summary.rows().keySet().stream().filter(t -> !files.contains(t)).forEach(files::add);
                for (String type : files) {
                    try (InputStream in = Files.newInputStream(data.resolve(type + ".csv"))) {
                        await(imports, imports.submitAsSystem(type + ".csv", in, type, null, "UTF-8"));
                    }
                    System.out.println("imported " + type);
                }
                facts.awaitCurrent(Duration.ofHours(1));
                patents = count(jdbc, "patent");
            }
            long events = count(jdbc, "patent_event");
            long trademarks = count(jdbc, "trademark");

            // 1. full derivation of the facts and load of the index (-Dbench.rebuild=false skips it on a database
            // whose facts are current, to measure the rest quickly)
            long t0 = System.nanoTime();
            if (!"false".equals(System.getProperty("bench.rebuild"))) {
                facts.rebuildAll();
            }
            long rebuildMillis = millis(t0);
            long factRows = count(jdbc, "ip_fact");

            // 2. every computed indicator, every jurisdiction of the province, every quarter end 2016–2026
            Set<String> codes = new LinkedHashSet<>();
            for (Program p : programs.all()) {
                for (Indicator i : p.indicators()) {
                    if (i.measure() != null && !"reported".equals(i.measure()) && measures.isComputable(i.measure())) {
                        codes.add(i.measure());
                    }
                }
            }
            List<String> places = new ArrayList<>(List.of("37"));
            for (Jurisdiction city : jurisdictions.children("37")) {
                places.add(city.code());
                jurisdictions.children(city.code()).forEach(c -> places.add(c.code()));
            }
            List<LocalDate> quarterEnds = new ArrayList<>();
            for (LocalDate d = LocalDate.of(2016, 3, 31); !d.isAfter(LocalDate.of(2026, 12, 31)); ) {
                quarterEnds.add(d);
                d = d.plusDays(1).plusMonths(3).minusDays(1);
            }
            // warm-up (JIT), not timed
            for (String code : codes) {
                value(measures, code, "37", quarterEnds.get(0));
            }
            t0 = System.nanoTime();
            long values = 0;
            long available = 0;
            for (String code : codes) {
                for (String place : places) {
                    for (LocalDate d : quarterEnds) {
                        values++;
                        if (value(measures, code, place, d).availability() == MeasureValue.Availability.AVAILABLE) {
                            available++;
                        }
                    }
                }
            }
            long measureMillis = millis(t0);
            t0 = System.nanoTime();
            long progressRows = 0;
            for (Program p : programs.all()) {
                for (LocalDate d : quarterEnds) {
                    progressRows += progress.of(p.code(), d).size();
                }
            }
            long progressMillis = millis(t0);

            // 3. one measure at one date
            long[] single = new long[200];
            for (int i = 0; i < single.length; i++) {
                long s = System.nanoTime();
                measures.value("hv_invention_patents_per_10k", MeasureQuery.at("37", LocalDate.of(2025, 6, 30)));
                measures.value("valid_invention_patents", MeasureQuery.at("37", LocalDate.of(2025, 6, 30)));
                single[i] = System.nanoTime() - s;
            }
            Arrays.sort(single);

            // 5. the floor: plain SQL counts over the same rows
            t0 = System.nanoTime();
            jdbc.sql("select count(*) from patent").query(Long.class).single();
            jdbc.sql("select count(*) from patent_event").query(Long.class).single();
            jdbc.sql("select count(*) from trademark").query(Long.class).single();
            long floorMillis = millis(t0);
            t0 = System.nanoTime();
            long sqlCount = jdbc.sql(
                            """
                            select count(*) from ip_fact where kind = 'PATENT_VALID' and (flags & 1) = 1
                               and county like '37%' and valid_from <= date '2025-06-30'
                               and (valid_to is null or valid_to > date '2025-06-30')""")
                    .query(Long.class)
                    .single();
            long sqlOneMillis = millis(t0);
            BigDecimal indexValue = measures.value(
                            "valid_invention_patents", MeasureQuery.at("37", LocalDate.of(2025, 6, 30)))
                    .value();

            // 4. imports of 10,000 records: transfers of patents from other cities to a holder in
            // 烟台 on one date. The first runs
            // right after the start (code paths not yet compiled by the JIT), the second as on a server in use.
            java.util.Random random = new java.util.Random(System.nanoTime());
            TransferImport first = importTransfers(jdbc, imports, facts, measures, random);
            TransferImport second = importTransfers(jdbc, imports, facts, measures, random);
            // the table write follows the index update on the same worker: let it finish before the shutdown
            facts.awaitCurrent(Duration.ofMinutes(5));

            System.out.println();
            System.out.println("================ ipcity indicator benchmark ================");
            System.out.printf(
                    Locale.ROOT,
                    "data: %,d patents, %,d legal events, %,d trademarks → %,d facts; %d cores, max heap %,d MB%n",
                    patents,
                    events,
                    trademarks,
                    factRows,
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf(
                    Locale.ROOT, "full derivation of the facts + index load: %.1f s%n", rebuildMillis / 1000.0);
            System.out.printf(
                    Locale.ROOT,
                    "recompute: %d measures × %d jurisdictions × %d quarter ends = %,d values (%,d available) in %.2f s;"
                            + " progress of 5 programs × %d dates (%,d indicator rows) in %.2f s; total %.2f s (goal ≤ 10 s)%n",
                    codes.size(),
                    places.size(),
                    quarterEnds.size(),
                    values,
                    available,
                    measureMillis / 1000.0,
                    quarterEnds.size(),
                    progressRows,
                    progressMillis / 1000.0,
                    (measureMillis + progressMillis) / 1000.0);
            System.out.printf(
                    Locale.ROOT,
                    "one measure at one date (hv per 10k + valid inventions, province): median %.3f ms, max %.3f ms"
                            + " (goal ≤ 200 ms)%n",
                    single[single.length / 2] / 1e6,
                    single[single.length - 1] / 1e6);
            for (TransferImport t : List.of(first, second)) {
                System.out.printf(
                        Locale.ROOT,
                        "import of %,d transfer events (%s): job %.1f s; figures current %d ms after the job committed"
                                + " (goal ≤ 1 s); 烟台 valid inventions at %s %s → %s%n",
                        t.records(),
                        t == first ? "first after the start" : "second",
                        t.jobMillis() / 1000.0,
                        t.currentMillis(),
                        t.day(),
                        t.yantaiBefore(),
                        t.yantaiAfter());
            }
            System.out.printf(
                    Locale.ROOT,
                    "floor: plain SQL count(*) of patent + patent_event + trademark: %d ms; one figure as SQL count over"
                            + " ip_fact: %d ms (= %,d, index says %s)%n",
                    floorMillis,
                    sqlOneMillis,
                    sqlCount,
                    indexValue);
            System.out.printf(
                    Locale.ROOT,
                    "ratios: recompute-all / floor = %.2f; one measure (median) / one SQL count = %.4f%n",
                    (measureMillis + progressMillis) / (double) Math.max(1, floorMillis),
                    single[single.length / 2] / 1e6 / Math.max(1, sqlOneMillis));
            System.out.println("=============================================================");
        }
    }

    record TransferImport(
            int records,
            long jobMillis,
            long currentMillis,
            LocalDate day,
            BigDecimal yantaiBefore,
            BigDecimal yantaiAfter) {}

    /**
     * Imports transfers of 10,000 granted inventions of Shandong outside 烟台, none moved by an earlier run (a random
     * slice of them), to one 烟台 holder on one date; a new holder and date each time, so that the events are new records.
     */
    private static TransferImport importTransfers(
            JdbcClient jdbc, Imports imports, RegistryFacts facts, Measures measures, java.util.Random random)
            throws InterruptedException {
        List<String> numbers = jdbc.sql(
                        """
                        select application_number from patent p
                         where applicant_jurisdiction_code like '37%' and applicant_jurisdiction_code not like '3706%'
                           and type = 'INVENTION'
                           and grant_date is not null
                           and not exists (select 1 from patent_event e
                                            where e.application_number = p.application_number
                                              and e.code = 'TRANSFER' and e.event_date >= date '2026-09-01')
                         order by application_number offset ? limit 10000""")
                .param(random.nextInt(100_000))
                .query(String.class)
                .list();
        String holder = jdbc.sql(
                        "select name from party where jurisdiction_code like '3706%' order by id" + " offset ? limit 1")
                .param(random.nextInt(1000))
                .query(String.class)
                .single();
        LocalDate day = LocalDate.of(2026, 9, 1).plusDays(random.nextInt(60));
        BigDecimal before = measures.value("valid_invention_patents", MeasureQuery.at("3706", day))
                .value();
        StringBuilder csv = new StringBuilder("申请号,法律状态公告日,法律状态,变更后权利人,许可类型,被许可人,质押金额（元）,质权人\n");
        for (String n : numbers) {
            csv.append(n)
                    .append(',')
                    .append(day)
                    .append(",专利权的转移,")
                    .append(holder)
                    .append(",,,,\n");
        }
        long jobId = imports.submitAsSystem(
                "bench-transfers.csv",
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                "patent-event",
                null,
                "UTF-8");
        ImportJob job = await(imports, jobId);
        facts.awaitJob(jobId, Duration.ofMinutes(5));
        // from the job's own end time (recorded as it commits), not from when the polling above noticed it
        long current = System.currentTimeMillis() - job.finishedAt().toEpochMilli();
        BigDecimal after = measures.value("valid_invention_patents", MeasureQuery.at("3706", day))
                .value();
        return new TransferImport(
                numbers.size(),
                Duration.between(job.startedAt(), job.finishedAt()).toMillis(),
                current,
                day,
                before,
                after);
    }

    private static MeasureValue value(Measures measures, String code, String place, LocalDate quarterEnd) {
        Measure m = measures.measure(code);
        MeasureQuery q = m.kind() == Measure.Kind.FLOW
                ? MeasureQuery.over(place, quarterEnd.minusMonths(3).plusDays(1).withDayOfMonth(1), quarterEnd)
                : MeasureQuery.at(place, quarterEnd);
        return measures.value(code, q);
    }

    private static ImportJob await(Imports imports, long id) throws InterruptedException {
        ImportJob job = imports.job(id);
        while (!job.status().finished()) {
            Thread.sleep(20);
            job = imports.job(id);
        }
        if (job.status() != ImportJob.Status.SUCCEEDED) {
            throw new IllegalStateException("job " + id + " failed: " + job.message());
        }
        return job;
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
