package cn.ipcity.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.ipcity.common.ChineseCodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain unit tests of the generator on small runs (no Spring). */
class GeneratorTest {

    private static final LocalDate END = LocalDate.of(2026, 12, 31);
    private static final Set<String> ENDING = Set.of("未缴年费专利权终止", "专利权全部无效", "专利权的主动放弃", "专利权期限届满");

    @TempDir
    static Path temp;

    private static Path small;

    @BeforeAll
    static void generateSmallSet() throws IOException {
        small = temp.resolve("small");
        new DataGenerator().generate(options(0.03, 7, small, StandardCharsets.UTF_8, false));
    }

    private static GeneratorOptions options(double scale, long seed, Path out, Charset charset, boolean xlsx) {
        return new GeneratorOptions(scale, seed, out, charset, xlsx);
    }

    @Test
    void theSameSeedGivesByteIdenticalFilesAndAnotherSeedDiffers() throws IOException {
        Path again = temp.resolve("again");
        Path other = temp.resolve("other");
        new DataGenerator().generate(options(0.03, 7, again, StandardCharsets.UTF_8, false));
        new DataGenerator().generate(options(0.03, 8, other, StandardCharsets.UTF_8, false));
        for (ImportFormat format : ImportFormat.values()) {
            String file = format.type() + ".csv";
            assertThat(Files.readAllBytes(again.resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readAllBytes(small.resolve(file)));
        }
        assertThat(Files.readAllBytes(other.resolve("patent.csv")))
                .isNotEqualTo(Files.readAllBytes(small.resolve("patent.csv")));
    }

    @Test
    void everyFileHasExactlyTheHeaderOfTheContract() throws IOException {
        Map<String, List<String>> contract = contractHeaders(Path.of("docs/import-formats.md"));
        assertThat(contract.keySet()).hasSize(ImportFormat.values().length);
        for (ImportFormat format : ImportFormat.values()) {
            assertThat(GeneratedFiles.header(small, format.type()))
                    .as(format.type())
                    .isEqualTo(contract.get(format.type()));
            assertThat(Files.size(small.resolve(format.type() + ".csv"))).isPositive();
        }
    }

    /**
     * The column names as docs/import-formats.md lists them: the first cell of each row of a type's table (a cell
     * like "申请日期, 注册公告日期, 专用权期限至" names three columns), and for the other record types the
     * comma-separated list (without parenthesised remarks; a key "A + B" names columns that the list may repeat,
     * where the last mention gives the position).
     */
    static Map<String, List<String>> contractHeaders(Path doc) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        String type = null;
        Pattern section = Pattern.compile("^## `([a-z-]+)`.*");
        Pattern otherRow = Pattern.compile("^\\| `([a-z-]+)` \\| (.+) \\|$");
        for (String line : Files.readAllLines(doc, StandardCharsets.UTF_8)) {
            Matcher m = section.matcher(line);
            if (m.matches()) {
                type = m.group(1);
                headers.put(type, new ArrayList<>());
                continue;
            }
            if (line.startsWith("## ")) {
                type = null;
            }
            Matcher o = otherRow.matcher(line);
            if (o.matches()) {
                String list = withoutRemarks(o.group(2)).replace(" + ", ", ");
                LinkedHashSet<String> columns = new LinkedHashSet<>();
                for (String c : list.split(", ")) {
                    columns.remove(c.trim());
                    columns.add(c.trim());
                }
                headers.put(o.group(1), new ArrayList<>(columns));
                continue;
            }
            if (type != null && line.startsWith("| ") && !line.startsWith("| column") && !line.startsWith("|---")) {
                String cell = line.substring(2, line.indexOf(" |", 2));
                for (String c : cell.split(", ")) {
                    headers.get(type).add(c.trim());
                }
            }
        }
        return headers;
    }

    /** Drops parenthesised remarks, which may nest: 认定类型 (… 认证(GB/T 29490)). */
    private static String withoutRemarks(String text) {
        StringBuilder b = new StringBuilder();
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0) {
                b.append(c);
            }
        }
        return b.toString().replaceAll(" +,", ",").trim();
    }

    @Test
    void codesHaveValidCheckCharactersAndKeysAreUnique() {
        Set<String> creditCodes = new HashSet<>();
        Set<String> otherParties = new HashSet<>();
        GeneratedFiles.each(small, "party", r -> {
            String code = r.get("统一社会信用代码");
            if (code.isEmpty()) {
                assertThat(r.get("主体类型").equals("个人") || !r.get("国别").equals("CN"))
                        .as(r.toString())
                        .isTrue();
                assertThat(otherParties.add(r.get("名称") + "|" + r.get("地址")))
                        .as(r.toString())
                        .isTrue();
            } else {
                assertThat(ChineseCodes.isValidUscc(code)).as(code).isTrue();
                assertThat(creditCodes.add(code)).as("unique " + code).isTrue();
            }
        });
        GeneratedFiles.each(small, "designation", r -> assertThat(creditCodes).contains(r.get("统一社会信用代码")));
        GeneratedFiles.each(small, "gi-mark-user", r -> assertThat(creditCodes).contains(r.get("统一社会信用代码")));

        Set<String> applications = new HashSet<>();
        GeneratedFiles.each(small, "patent", r -> {
            String number =
                    ChineseCodes.normalizeApplicationNumber(r.get("申请号")).orElseThrow();
            assertThat(applications.add(number)).as("unique " + number).isTrue();
        });
        Set<String> eventKeys = new HashSet<>();
        GeneratedFiles.each(small, "patent-event", r -> {
            assertThat(applications)
                    .contains(ChineseCodes.normalizeApplicationNumber(r.get("申请号"))
                            .orElseThrow());
            String key =
                    r.get("申请号") + r.get("法律状态公告日") + r.get("法律状态") + r.get("变更后权利人") + r.get("质权人") + r.get("被许可人");
            assertThat(eventKeys.add(key)).as("unique event " + key).isTrue();
        });
        GeneratedFiles.each(small, "pledge-contract", r -> {
            for (String item : r.get("质押物").split(";")) {
                if (item.contains(".")) {
                    assertThat(applications).contains(item);
                } else {
                    assertThat(item).matches("\\d{7,9}");
                }
            }
        });
        GeneratedFiles.each(
                small, "tech-contract", r -> assertThat(applications).contains(r.get("涉及专利")));
        Set<String> marks = new HashSet<>();
        GeneratedFiles.each(
                small, "trademark", r -> assertThat(marks.add(r.get("注册号"))).isTrue());
        Set<String> copyrights = new HashSet<>();
        GeneratedFiles.each(small, "copyright", r -> assertThat(copyrights.add(r.get("登记号")))
                .isTrue());
        assertThat(applications).hasSizeGreaterThan(1000);
        assertThat(marks).hasSizeGreaterThan(1000);
    }

    @Test
    void datesAreConsistentAndEndAtTerm() {
        Map<String, CSVRecord> patents = new HashMap<>();
        GeneratedFiles.each(small, "patent", r -> {
            patents.put(r.get("申请号"), r);
            LocalDate filed = LocalDate.parse(r.get("申请日"));
            assertThat(filed.getYear()).isBetween(2005, 2026);
            LocalDate published = LocalDate.parse(r.get("公开（公告）日"));
            assertThat(published).isAfter(filed).isBeforeOrEqualTo(END);
            if (!r.get("授权公告日").isEmpty()) {
                LocalDate granted = LocalDate.parse(r.get("授权公告日"));
                assertThat(granted).isAfter(filed).isAfterOrEqualTo(published).isBeforeOrEqualTo(END);
                if (r.get("专利类型").equals("发明")) {
                    // grant lags of 1–4 years (plus the shift to a Tuesday)
                    assertThat(granted)
                            .isAfterOrEqualTo(filed.plusYears(1))
                            .isBefore(filed.plusYears(4).plusMonths(2));
                }
            } else {
                assertThat(r.get("专利类型")).isEqualTo("发明");
            }
        });
        Map<String, List<CSVRecord>> events = new HashMap<>();
        GeneratedFiles.each(small, "patent-event", r -> events.computeIfAbsent(r.get("申请号"), k -> new ArrayList<>())
                .add(r));
        int expiries = 0;
        for (Map.Entry<String, List<CSVRecord>> e : events.entrySet()) {
            CSVRecord patent = patents.get(e.getKey());
            List<CSVRecord> list = e.getValue();
            assertThat(list.get(0).get("法律状态")).isEqualTo("授权");
            assertThat(list.get(0).get("法律状态公告日")).isEqualTo(patent.get("授权公告日"));
            LocalDate filed = LocalDate.parse(patent.get("申请日"));
            LocalDate previous = LocalDate.parse(patent.get("授权公告日"));
            boolean ended = false;
            for (CSVRecord event : list) {
                LocalDate date = LocalDate.parse(event.get("法律状态公告日"));
                assertThat(date).as(e.getKey()).isAfterOrEqualTo(previous).isBeforeOrEqualTo(END);
                previous = date;
                String kind = event.get("法律状态");
                // after an end only a restoration (of a lapse) may follow
                assertThat(!ended || kind.equals("专利权的恢复"))
                        .as(e.getKey() + " " + kind)
                        .isTrue();
                if (ENDING.contains(kind)) {
                    ended = true;
                } else if (kind.equals("专利权的恢复")) {
                    ended = false;
                }
                if (kind.equals("专利权期限届满")) {
                    int term =
                            switch (patent.get("专利类型")) {
                                case "发明" -> 20;
                                case "实用新型" -> 10;
                                default -> filed.isBefore(LocalDate.of(2021, 6, 1)) ? 10 : 15;
                            };
                    assertThat(date).isEqualTo(filed.plusYears(term));
                    expiries++;
                }
            }
            assertThat(patent.get("法律状态")).isEqualTo(ended ? "失效" : "有效");
        }
        assertThat(expiries).isPositive();
        GeneratedFiles.each(small, "trademark", r -> {
            LocalDate applied = LocalDate.parse(r.get("申请日期"));
            LocalDate registered = LocalDate.parse(r.get("注册公告日期"));
            assertThat(registered).isAfter(applied).isBeforeOrEqualTo(END);
            int renewals = r.get("续展日期").isEmpty() ? 0 : r.get("续展日期").split(";").length;
            assertThat(LocalDate.parse(r.get("专用权期限至")))
                    .isEqualTo(registered.plusYears(10L * (1 + renewals)).minusDays(1));
            assertThat(LocalDate.parse(r.get("状态日期"))).isBeforeOrEqualTo(END);
        });
    }

    @Test
    void noDateInAnyFileLiesAfter2026ExceptTermsAndValidityEnds() {
        Pattern date = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
        Set<String> future = Set.of("专用权期限至", "有效期至");
        int[] dates = {0};
        for (ImportFormat format : ImportFormat.values()) {
            GeneratedFiles.each(small, format.type(), r -> {
                for (Map.Entry<String, String> cell : r.toMap().entrySet()) {
                    for (String value : cell.getValue().split(";")) {
                        if (date.matcher(value).matches() && !future.contains(cell.getKey())) {
                            dates[0]++;
                            assertThat(LocalDate.parse(value))
                                    .as(format.type() + " " + cell.getKey())
                                    .isBetween(LocalDate.of(2005, 1, 1), END);
                        }
                    }
                }
            });
        }
        assertThat(dates[0]).isGreaterThan(100_000);
    }

    @Test
    void addressesResolveToTheirCountyLevelUnit() {
        GeneratedFiles.Resolver resolver = new GeneratedFiles.Resolver();
        ReferenceData ref = ReferenceData.get();
        Names names = new Names(new SplittableRandom(5), 5);
        int withoutCounty = 0;
        for (String city : Scope.SEEDED) {
            for (ReferenceData.Area area : ref.city(city).areas()) {
                for (int i = 0; i < 60; i++) {
                    Names.Address address = names.address(ref, area, 0.1, 0.05);
                    if (address.hasCounty()) {
                        assertThat(resolver.resolve(address.text()))
                                .as(address.text())
                                .isEqualTo(area.code());
                    } else {
                        withoutCounty++;
                        assertThat(resolver.resolve(address.text()))
                                .as(address.text())
                                .isEqualTo(city);
                    }
                }
            }
        }
        assertThat(withoutCounty).isPositive();
        GeneratedFiles.each(small, "party", r -> {
            if (!r.get("国别").equals("CN")) {
                assertThat(r.get("区划代码")).isEmpty();
                return;
            }
            String resolved = resolver.resolve(r.get("地址"));
            String code = r.get("区划代码");
            if (code.isEmpty()) {
                assertThat(resolved).as(r.get("地址")).hasSize(6);
            } else if (resolved != null && resolved.length() == 4) {
                assertThat(code).as(r.get("地址")).startsWith(resolved);
            } else {
                assertThat(resolved).as(r.get("地址")).isEqualTo(code);
            }
        });
        GeneratedFiles.each(small, "copyright", r -> {
            String resolved = resolver.resolve(r.get("著作权人地址"));
            String code = r.get("区划代码");
            if (code.isEmpty()) {
                assertThat(resolved).as(r.get("著作权人地址")).hasSize(6);
            } else if (resolved != null && resolved.length() == 4) {
                assertThat(code).startsWith(resolved);
            } else {
                assertThat(resolved).as(r.get("著作权人地址")).isEqualTo(code);
            }
        });
    }

    /**
     * 威海 at scale 1 (only 威海 generated, which is the first city, so its rows are those of a full run): the
     * valid invention patents at 2025-04-30 whose first holder at that date is attributed to 威海, worked out from
     * the grant, lapse, restoration, invalidation, surrender, expiry and transfer events, are within 15% of the
     * 8,545 published by 威海市知识产权事业发展中心; the type mix of the valid stock and of Jan–Apr 2025 grants is
     * close to the published one (467 inventions, 1,691 utility models, 354 designs granted).
     */
    @Test
    void weihaiAtScaleOneMatchesThePublishedStock() throws IOException {
        Path dir = temp.resolve("weihai");
        new DataGenerator().generate(options(1, 7, dir, StandardCharsets.UTF_8, false), "3710"::equals);
        GeneratedFiles.Resolver resolver = new GeneratedFiles.Resolver();
        Map<String, String> cityOf = new HashMap<>();
        GeneratedFiles.each(dir, "party", r -> {
            String code = r.get("区划代码").isEmpty() ? resolver.resolve(r.get("地址")) : r.get("区划代码");
            cityOf.put(r.get("名称"), !r.get("国别").equals("CN") || code == null ? "" : code.substring(0, 4));
        });
        Map<String, List<CSVRecord>> events = new HashMap<>();
        GeneratedFiles.each(dir, "patent-event", r -> events.computeIfAbsent(r.get("申请号"), k -> new ArrayList<>())
                .add(r));
        LocalDate asOf = LocalDate.of(2025, 4, 30);
        Map<String, Integer> valid = new HashMap<>();
        Map<String, Integer> granted = new HashMap<>();
        GeneratedFiles.each(dir, "patent", r -> {
            String holder = r.get("申请（专利权）人").split(";")[0];
            boolean inForce = false;
            for (CSVRecord e : events.getOrDefault(r.get("申请号"), List.of())) {
                if (LocalDate.parse(e.get("法律状态公告日")).isAfter(asOf)) {
                    break;
                }
                String kind = e.get("法律状态");
                if (kind.equals("授权") || kind.equals("专利权的恢复")) {
                    inForce = true;
                } else if (ENDING.contains(kind)) {
                    inForce = false;
                } else if (kind.equals("专利权的转移")) {
                    holder = e.get("变更后权利人").split(";")[0];
                }
            }
            if (inForce && "3710".equals(cityOf.get(holder))) {
                valid.merge(r.get("专利类型"), 1, Integer::sum);
            }
            String grant = r.get("授权公告日");
            if (grant.compareTo("2025-01-01") >= 0 && grant.compareTo("2025-04-30") <= 0) {
                granted.merge(r.get("专利类型"), 1, Integer::sum);
            }
        });
        assertThat((double) valid.get("发明")).isCloseTo(8_545, within(8_545 * 0.15));
        int all = valid.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(valid.get("发明") / (double) all).isBetween(0.15, 0.40);
        assertThat(valid.get("实用新型")).isGreaterThan(valid.get("发明"));
        assertThat(valid.get("外观设计")).isLessThan(valid.get("发明"));
        assertThat((double) granted.get("发明")).isCloseTo(467, within(467 * 0.3));
        assertThat((double) granted.get("实用新型")).isCloseTo(1_691, within(1_691 * 0.3));
        assertThat((double) granted.get("外观设计")).isCloseTo(354, within(354 * 0.3));
    }

    /**
     * The share of valid invention patents (2025-06-30) in strategic emerging industries, by the 2021 concordance
     * applied to any IPC symbol, is near the national 29% (153.4万 of 531.8万), and the high-value share (SEI, a
     * granted member abroad, maintained more than 10 years, an award) near the national 43.1%.
     */
    @Test
    void strategicEmergingAndHighValueSharesAreNearTheNationalOnes() throws IOException {
        List<String[]> rules = new ArrayList<>();
        try (InputStream in = GeneratorTest.class
                        .getClassLoader()
                        .getResourceAsStream("reference/sei-ipc-concordance-2021.csv");
                CSVParser parser = CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (CSVRecord r : parser) {
                rules.add(new String[] {r.get("ipc_patterns"), r.get("ipc_exclusions")});
            }
        }
        Map<String, List<CSVRecord>> events = new HashMap<>();
        GeneratedFiles.each(small, "patent-event", r -> events.computeIfAbsent(r.get("申请号"), k -> new ArrayList<>())
                .add(r));
        LocalDate asOf = LocalDate.of(2025, 6, 30);
        int[] counts = new int[3];
        GeneratedFiles.each(small, "patent", r -> {
            if (!r.get("专利类型").equals("发明")) {
                return;
            }
            boolean inForce = false;
            for (CSVRecord e : events.getOrDefault(r.get("申请号"), List.of())) {
                if (LocalDate.parse(e.get("法律状态公告日")).isAfter(asOf)) {
                    break;
                }
                String kind = e.get("法律状态");
                inForce = kind.equals("授权") || kind.equals("专利权的恢复") || (inForce && !ENDING.contains(kind));
            }
            if (!inForce) {
                return;
            }
            counts[0]++;
            boolean sei = false;
            for (String symbol : r.get("IPC分类号").replace(" ", "").split(";")) {
                for (String[] rule : rules) {
                    if (matchesAny(symbol, rule[0]) && !matchesAny(symbol, rule[1])) {
                        sei = true;
                    }
                }
            }
            boolean old = LocalDate.parse(r.get("申请日")).isBefore(asOf.minusYears(10));
            if (sei) {
                counts[1]++;
            }
            if (sei || old || r.get("简单同族").contains("(授权)") || !r.get("获奖").isEmpty()) {
                counts[2]++;
            }
        });
        assertThat(counts[0]).isGreaterThan(500);
        assertThat(counts[1] / (double) counts[0]).isBetween(0.20, 0.42);
        assertThat(counts[2] / (double) counts[0]).isBetween(0.32, 0.56);
    }

    private static boolean matchesAny(String symbol, String patterns) {
        for (String p : patterns.split("\\|")) {
            if (!p.isEmpty()
                    && (p.endsWith("*") ? symbol.startsWith(p.substring(0, p.length() - 1)) : symbol.equals(p))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void gbkAndXlsxCarryTheSameRowsAsUtf8AndXlsxIsReproducible() throws IOException {
        Path utf8 = temp.resolve("utf8");
        Path gbk = temp.resolve("gbk");
        Path xlsx = temp.resolve("xlsx");
        Charset gbkCharset = Charset.forName("GBK");
        new DataGenerator().generate(options(0.01, 3, utf8, StandardCharsets.UTF_8, false), "3710"::equals);
        new DataGenerator().generate(options(0.01, 3, gbk, gbkCharset, false), "3710"::equals);
        new DataGenerator().generate(options(0.01, 3, xlsx, StandardCharsets.UTF_8, true), "3710"::equals);
        Path xlsxAgain = temp.resolve("xlsx-again");
        new DataGenerator().generate(options(0.01, 3, xlsxAgain, StandardCharsets.UTF_8, true), "3710"::equals);
        for (ImportFormat format : ImportFormat.values()) {
            String file = format.type() + ".csv";
            assertThat(Files.readString(gbk.resolve(file), gbkCharset)).isEqualTo(Files.readString(utf8.resolve(file)));
            String workbook = format.type() + ".xlsx";
            assertThat(Files.readAllBytes(xlsxAgain.resolve(workbook)))
                    .as("same seed, same bytes: " + workbook)
                    .isEqualTo(Files.readAllBytes(xlsx.resolve(workbook)));
        }
        List<List<String>> csv = new ArrayList<>();
        csv.add(GeneratedFiles.header(utf8, "party"));
        GeneratedFiles.each(utf8, "party", r -> csv.add(r.toList()));
        try (InputStream in = Files.newInputStream(xlsx.resolve("party.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum() + 1).isEqualTo(csv.size());
            for (int i = 0; i < csv.size(); i++) {
                Row row = sheet.getRow(i);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < csv.get(0).size(); c++) {
                    cells.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
                }
                assertThat(cells).isEqualTo(csv.get(i));
            }
        }
    }

    @Test
    void theCommandRejectsBadOptionsAndReportsRowsPerSecond() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(GeneratorCommand.run(new String[] {"--scale", "0", "--out", "x"}, o, e))
                .isEqualTo(2);
        assertThat(GeneratorCommand.run(new String[] {"--scale", "4", "--out", "x"}, o, e))
                .isEqualTo(2);
        assertThat(GeneratorCommand.run(new String[] {"--seed", "1"}, o, e)).isEqualTo(2);
        assertThat(GeneratorCommand.run(new String[] {"--encoding", "latin1", "--out", "x"}, o, e))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--out DIR is required", "--encoding is UTF-8 or GBK");
        String dir = temp.resolve("cli").toString();
        assertThat(GeneratorCommand.run(new String[] {"--scale", "0.005", "--seed", "2", "--out", dir}, o, e))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("patent-event", "rows/s", "peak heap");
    }
}
