package cn.ipcity.program.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.ipcity.common.JurisdictionCodes;
import cn.ipcity.program.Comparator;
import cn.ipcity.program.DisplayUnit;
import cn.ipcity.program.Indicator;
import cn.ipcity.program.IndicatorAttribute;
import cn.ipcity.program.Program;
import cn.ipcity.program.ProgramFileError;
import cn.ipcity.program.ProgramStatus;
import cn.ipcity.program.ProgramValidationException;
import cn.ipcity.program.Section;
import cn.ipcity.program.TargetKind;
import cn.ipcity.program.Task;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@link ProgramFileReader} without Spring: one valid program, then one broken variant per kind of problem, each
 * checked for the line and the reason the start-up message would show.
 */
class ProgramFileReaderTest {

    private static final String FILE = "test-2024.yml";
    private static final String SOURCE_FILE = "test-2024.txt";

    /** A short fake government notice; its line breaks and spaces are where a PDF extraction would put them. */
    private static final String SOURCE =
            """
            测试市人民政府关于印发测试市知识产权强市建设工作方案（2024—2026年）的通知
            测政字〔2024〕1号
            一、主要目标
            到2026年，全市专利授权量达到 9
            万件（2023年为6.5万件），知识产权质押融资金额年均增幅达到30%以上，知识产权服务业营业收入快速增长。
            二、重点任务
            （一）加强知识产权保护
            1．强化行政保护。加强商标、专利执法，严厉打击侵权假冒
            行为。（市市场监管局、市公安局按职责分工负责）
            2．强化司法保护。完善知识产权审判机制，推进检察监督。（市法院、市检察院按职责分工负责，市检察院牵头）
            （二）促进知识产权运用
            1．推动专利转化。开展专利开放许可试点。（市科技局、市财政局）
            同时废止《测试市知识产权强市试点城市建设工作方案（2021—2023年）》（测政字〔2021〕9号）。
            附件：任务分工表
            建立知识产权检察办公室。 市检察院
            """;

    /**
     * The valid program. Tests refer to its lines by number; {@link Edit} checks that the line it changes reads
     * as expected, so a renumbering here fails loudly instead of silently testing the wrong line.
     */
    private static final String VALID =
            """
            code: test-2024
            title:
              zh: 测试市知识产权强市建设工作方案（2024—2026年）
              en: Test City IP Strong City Work Program (2024–2026)
            documentNumber: 测政字〔2024〕1号
            issuingBody: 测试市人民政府
            issueDate: 2024-03-02
            jurisdiction: "3710"
            periodStart: 2024-01-01
            periodEnd: 2026-12-31
            status: IN_FORCE
            supersedes:
              - documentNumber: 测政字〔2021〕9号
                title: 测试市知识产权强市试点城市建设工作方案（2021—2023年）
            source: test-2024.txt
            indicators:
              - code: patent-grants
                name: 专利授权量
                nameEn: Patent grants
                unit: 万件
                target: 9
                targetKind: STOCK_AT_END
                comparator: GE
                attribute: EXPECTED
                measure: patent_grants
                sourceQuote: 专利授权量达到9万件
                baseline: 6.5
              - code: pledge-growth
                name: 知识产权质押融资金额年均增幅
                unit: "%"
                target: 30
                targetKind: CAGR
                comparator: GE
                attribute: BINDING
                measure: pledge_amount
                sourceQuote: 知识产权质押融资金额年均增幅达到30%以上
              - code: service-revenue
                name: 知识产权服务业营业收入
                targetKind: QUALITATIVE
                attribute: NONE
                measure: reported
                sourceQuote: 知识产权服务业营业收入快速增长
            sections:
              - number: 一
                title: 加强知识产权保护
                tasks:
                  - number: "1"
                    title: 强化行政保护
                    text: 加强商标、专利执法，严厉打击侵权假冒行为。
                    units: [市市场监管局, 市公安局]
                  - number: "2"
                    title: 强化司法保护
                    text: 完善知识产权审判机制，推进检察监督。
                    units: [市法院, 市检察院]
                    lead: 市检察院
                    subItems:
                      - text: 建立知识产权检察办公室。
                        units: [市检察院]
              - number: 二
                title: 促进知识产权运用
                tasks:
                  - number: "1"
                    title: 推动专利转化
                    text: 开展专利开放许可试点。
                    units:
                      - 市科技局
                      - 市财政局
            """;

    private static final Set<String> JURISDICTIONS = Set.of("371000", "371002", "370600");
    private static final Set<String> MEASURES = Set.of("patent_grants", "pledge_amount", "valid_invention_patents");

    private static final ProgramFileReader.Context CONTEXT = new ProgramFileReader.Context(
            code -> JurisdictionCodes.isWellFormed(code) && JURISDICTIONS.contains(JurisdictionCodes.normalize(code)),
            MEASURES,
            name -> SOURCE_FILE.equals(name) ? Optional.of(SOURCE) : Optional.empty());

    private static Program read(String content) {
        return ProgramFileReader.read(FILE, content, CONTEXT);
    }

    /** The problems reported for a file that must be rejected. */
    private static List<ProgramFileError> errors(String content) {
        try {
            Program program = read(content);
            throw new AssertionError("expected the file to be rejected, but it was read as " + program.code());
        } catch (ProgramValidationException e) {
            assertThat(e.errors()).isNotEmpty();
            assertThat(e.errors()).allSatisfy(error -> assertThat(error.file()).isEqualTo(FILE));
            return e.errors();
        }
    }

    private static void assertOnlyError(String content, int line, String reason) {
        assertThat(errors(content)).containsExactly(new ProgramFileError(FILE, line, reason));
    }

    private static Edit valid() {
        return new Edit();
    }

    /** Changes to lines of {@link #VALID}, numbered as in the unchanged fixture. */
    private static final class Edit {
        private final List<String> lines = Arrays.asList(VALID.split("\n", -1));
        private final Map<Integer, List<String>> changes = new TreeMap<>();

        /** Replaces line {@code number}, which must read {@code expected}, by zero or more lines. */
        Edit replace(int number, String expected, String... replacement) {
            assertThat(lines.get(number - 1))
                    .as("line %d of the valid fixture", number)
                    .isEqualTo(expected);
            changes.put(number, List.of(replacement));
            return this;
        }

        Edit remove(int number, String expected) {
            return replace(number, expected);
        }

        /** Removes lines {@code from} to {@code to}, inclusive. */
        Edit removeLines(int from, int to) {
            for (int n = from; n <= to; n++) {
                changes.put(n, List.of());
            }
            return this;
        }

        String text() {
            List<String> result = new ArrayList<>();
            for (int n = 1; n <= lines.size(); n++) {
                result.addAll(changes.getOrDefault(n, List.of(lines.get(n - 1))));
            }
            return String.join("\n", result);
        }
    }

    @Nested
    class AValidProgram {

        private final Program program = read(VALID);

        @Test
        void readsTheHeader() {
            assertThat(program.code()).isEqualTo("test-2024");
            assertThat(program.titleZh()).isEqualTo("测试市知识产权强市建设工作方案（2024—2026年）");
            assertThat(program.titleEn()).isEqualTo("Test City IP Strong City Work Program (2024–2026)");
            assertThat(program.documentNumber()).isEqualTo("测政字〔2024〕1号");
            assertThat(program.issuingBody()).isEqualTo("测试市人民政府");
            assertThat(program.issueDate()).isEqualTo(LocalDate.of(2024, 3, 2));
            assertThat(program.jurisdictionCode()).isEqualTo("371000");
            assertThat(program.periodStart()).isEqualTo(LocalDate.of(2024, 1, 1));
            assertThat(program.periodEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(program.status()).isEqualTo(ProgramStatus.IN_FORCE);
            assertThat(program.supersedes())
                    .containsExactly(new Program.Supersession("测政字〔2021〕9号", "测试市知识产权强市试点城市建设工作方案（2021—2023年）"));
            assertThat(program.sourceFile()).isEqualTo("test-2024.txt");
        }

        @Test
        void normalizesCountyAndProvinceCodesToSixDigits() {
            assertThat(read(valid().replace(8, "jurisdiction: \"3710\"", "jurisdiction: \"371002\"")
                                    .text())
                            .jurisdictionCode())
                    .isEqualTo("371002");
            assertThat(read(valid().replace(8, "jurisdiction: \"3710\"", "jurisdiction: \"3706\"")
                                    .text())
                            .jurisdictionCode())
                    .isEqualTo("370600");
        }

        @Test
        void readsANumericIndicatorInTheUnitOfTheDocument() {
            Indicator grants = program.indicators().get(0);
            assertThat(grants.code()).isEqualTo("patent-grants");
            assertThat(grants.name()).isEqualTo("专利授权量");
            assertThat(grants.nameEn()).isEqualTo("Patent grants");
            assertThat(grants.unit()).isEqualTo(DisplayUnit.WAN_JIAN);
            assertThat(grants.target()).isEqualByComparingTo("9");
            assertThat(grants.targetInBaseUnit()).isEqualTo(new BigDecimal("90000"));
            assertThat(grants.targetInBaseUnit().toPlainString()).isEqualTo("90000");
            assertThat(grants.targetKind()).isEqualTo(TargetKind.STOCK_AT_END);
            assertThat(grants.comparator()).isEqualTo(Comparator.GE);
            assertThat(grants.attribute()).isEqualTo(IndicatorAttribute.EXPECTED);
            assertThat(grants.measure()).isEqualTo("patent_grants");
            assertThat(grants.isReported()).isFalse();
            assertThat(grants.sourceQuote()).isEqualTo("专利授权量达到9万件");
            assertThat(grants.baseline()).isEqualByComparingTo("6.5");
            assertThat(grants.note()).isNull();
        }

        @Test
        void readsACagrIndicatorInPercent() {
            Indicator growth = program.indicators().get(1);
            assertThat(growth.code()).isEqualTo("pledge-growth");
            assertThat(growth.unit()).isEqualTo(DisplayUnit.PERCENT);
            assertThat(growth.target()).isEqualByComparingTo("30");
            assertThat(growth.targetInBaseUnit()).isEqualByComparingTo("30");
            assertThat(growth.targetKind()).isEqualTo(TargetKind.CAGR);
            assertThat(growth.attribute()).isEqualTo(IndicatorAttribute.BINDING);
            assertThat(growth.nameEn()).isNull();
            assertThat(growth.baseline()).isNull();
        }

        @Test
        void readsAQualitativeIndicatorWithoutUnitTargetOrComparator() {
            Indicator revenue = program.indicators().get(2);
            assertThat(revenue.code()).isEqualTo("service-revenue");
            assertThat(revenue.targetKind()).isEqualTo(TargetKind.QUALITATIVE);
            assertThat(revenue.isNumeric()).isFalse();
            assertThat(revenue.unit()).isNull();
            assertThat(revenue.target()).isNull();
            assertThat(revenue.targetInBaseUnit()).isNull();
            assertThat(revenue.comparator()).isNull();
            assertThat(revenue.attribute()).isEqualTo(IndicatorAttribute.NONE);
            assertThat(revenue.isReported()).isTrue();
            assertThat(program.numericIndicators())
                    .extracting(Indicator::code)
                    .containsExactly("patent-grants", "pledge-growth");
        }

        @Test
        void readsSectionsAndTasks() {
            assertThat(program.sections())
                    .extracting(Section::number, Section::title)
                    .containsExactly(tuple("一", "加强知识产权保护"), tuple("二", "促进知识产权运用"));
            assertThat(program.taskCount()).isEqualTo(3);

            Task first = program.sections().get(0).tasks().get(0);
            assertThat(first.number()).isEqualTo("1");
            assertThat(first.title()).isEqualTo("强化行政保护");
            assertThat(first.text()).isEqualTo("加强商标、专利执法，严厉打击侵权假冒行为。");
            assertThat(first.units()).containsExactly("市市场监管局", "市公安局");
            assertThat(first.lead()).as("no lead named: the first unit").isEqualTo("市市场监管局");
            assertThat(first.coUnits()).containsExactly("市公安局");
            assertThat(first.subItems()).isEmpty();
        }

        @Test
        void readsAnExplicitLeadAndASubItem() {
            Task second = program.sections().get(0).tasks().get(1);
            assertThat(second.number()).isEqualTo("2");
            assertThat(second.units()).containsExactly("市法院", "市检察院");
            assertThat(second.lead()).isEqualTo("市检察院");
            assertThat(second.coUnits()).containsExactly("市法院");
            assertThat(second.subItems()).containsExactly(new Task.SubItem("建立知识产权检察办公室。", List.of("市检察院")));
        }

        @Test
        void allowsTheSameTaskNumberInTwoSections() {
            Task other = program.sections().get(1).tasks().get(0);
            assertThat(other.number()).isEqualTo("1");
            assertThat(other.units()).as("a block list").containsExactly("市科技局", "市财政局");
            assertThat(other.lead()).isEqualTo("市科技局");
            assertThat(program.allUnits()).containsExactly("市市场监管局", "市公安局", "市法院", "市检察院", "市科技局", "市财政局");
        }

        @Test
        void acceptsAQuoteThatDiffersFromTheSourceOnlyByWhitespace() {
            // the source breaks the line inside "9\n万件" and has a space before 9; the fixture quotes it without
            String text = valid().replace(
                            26, "    sourceQuote: 专利授权量达到9万件", "    sourceQuote: |-", "      专利授权量 达到", "      9 　万件")
                    .replace(49, "        text: 加强商标、专利执法，严厉打击侵权假冒行为。", "        text: \"加强商标、专利执法，\\n严厉打击侵权 假冒行为。\"")
                    .text();
            Program program = read(text);
            assertThat(program.indicators().get(0).sourceQuote()).isEqualTo("专利授权量 达到\n9 　万件");
            assertThat(program.sections().get(0).tasks().get(0).text()).isEqualTo("加强商标、专利执法，\n严厉打击侵权 假冒行为。");
        }

        @Test
        void readsPlainNumbersAndUnquotedCodesAsText() {
            Program program = read(valid().replace(8, "jurisdiction: \"3710\"", "jurisdiction: 3710")
                    .replace(47, "      - number: \"1\"", "      - number: 1")
                    .replace(21, "    target: 9", "    target: \"9\"")
                    .text());
            assertThat(program.jurisdictionCode()).isEqualTo("371000");
            assertThat(program.sections().get(0).tasks().get(0).number()).isEqualTo("1");
            assertThat(program.indicators().get(0).target()).isEqualByComparingTo("9");
        }

        @Test
        void treatsAnExplicitYamlNullAsAnOmittedOptionalField() {
            Program program = read(valid().replace(19, "    nameEn: Patent grants", "    nameEn: ~")
                    .replace(27, "    baseline: 6.5", "    baseline: null")
                    .text());
            assertThat(program.indicators().get(0).nameEn()).isNull();
            assertThat(program.indicators().get(0).baseline()).isNull();
        }

        @Test
        void ignoresComments() {
            Program program = read("# 测试市工作方案\n"
                    + valid().replace(21, "    target: 9", "    target: 9   # 万件, as in the text")
                            .text());
            assertThat(program.indicators().get(0).target()).isEqualByComparingTo("9");
        }
    }

    @Nested
    class TheFileAsAWhole {

        @Test
        void notValidYaml() {
            assertOnlyError(
                    valid().replace(48, "        title: 强化行政保护", "        title: 强化行政保护: 加强")
                            .text(),
                    48,
                    "not valid YAML: mapping values are not allowed here");
        }

        @Test
        void notValidYamlUnclosedFlowList() {
            // reported where the parser gives up (the next task), naming the line the list starts on
            assertOnlyError(
                    valid().replace(50, "        units: [市市场监管局, 市公安局]", "        units: [市市场监管局, 市公安局")
                            .text(),
                    51,
                    "not valid YAML: while parsing a flow sequence (line 50), expected ',' or ']', but got :");
        }

        @Test
        void tabIndentation() {
            assertOnlyError(
                    valid().replace(18, "    name: 专利授权量", "\tname: 专利授权量").text(),
                    18,
                    "not valid YAML: while scanning for the next token, found character '\\t(TAB)' that cannot start"
                            + " any token."
                            + " (Do not use \\t(TAB) for indentation)");
        }

        @Test
        void twoDocumentsInOneFile() {
            assertOnlyError(
                    VALID + "---\ncode: test-2025\n",
                    68,
                    "not valid YAML: expected a single document in the stream (line 1), but found another document");
        }

        @Test
        void emptyFile() {
            assertOnlyError("", 1, "the file is empty");
            assertOnlyError("\n\n   \n", 1, "the file is empty");
            assertOnlyError("# nothing here yet\n", 1, "the file is empty");
            assertOnlyError("---\n", 1, "the file is empty");
        }

        @Test
        void topLevelIsAList() {
            assertOnlyError("- code: test-2024\n- code: test-2025\n", 1, "the program must be a mapping of fields");
        }

        @Test
        void topLevelIsText() {
            assertOnlyError("\n测试市工作方案\n", 2, "the program must be a mapping of fields");
        }

        @Test
        void controlCharacter() {
            // SnakeYAML would throw a ReaderException with a buffer position and no line
            assertOnlyError(
                    valid().replace(18, "    name: 专利授权量", "    name: 专利授权量\u0007")
                            .text(),
                    18,
                    "not valid YAML: special character U+0007 is not allowed");
        }

        @Test
        void tooManyAliases() {
            String bomb = "a: &a [x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n" + "c: ["
                    + String.join(", ", java.util.Collections.nCopies(60, "*b")) + "]\n";
            List<ProgramFileError> errors = errors(bomb);
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).reason())
                    .isEqualTo("not valid YAML: Number of aliases for non-scalar nodes exceeds the specified max=50");
            assertThat(errors.get(0).line()).isEqualTo(1);
        }

        @Test
        void severalErrorsAreReportedTogether() {
            String text = valid().replace(8, "jurisdiction: \"3710\"", "jurisdiction: \"3799\"")
                    .replace(22, "    targetKind: STOCK_AT_END", "    targetKind: STOCK")
                    .replace(26, "    sourceQuote: 专利授权量达到9万件", "    sourceQuote: 专利授权量超过9万件")
                    .replace(30, "    unit: \"%\"", "    unit: 件")
                    .replace(51, "      - number: \"2\"", "      - number: \"1\"")
                    .replace(66, "          - 市科技局", "          - 市财政局")
                    .text();
            assertThat(errors(text))
                    .extracting(ProgramFileError::line, ProgramFileError::reason)
                    .containsExactly(
                            tuple(8, "unknown jurisdiction code '3799'"),
                            tuple(
                                    22,
                                    "unknown target kind 'STOCK' (expected one of: STOCK_AT_END, INCREMENT, EACH_YEAR,"
                                            + " ANNUAL_AVERAGE, CAGR, RATE_EACH_YEAR, SURVEY_SCORE, QUALITATIVE)"),
                            tuple(26, "source quote does not occur in the source document: '专利授权量超过9万件'"),
                            tuple(30, "a CAGR target is a percentage: its unit must be %"),
                            tuple(51, "duplicate task number '1' in section 一"),
                            tuple(67, "task 1 lists a unit twice: '市财政局'"));
        }

        @Test
        void theExceptionMessageListsFileLineAndReason() {
            try {
                read(valid().replace(11, "status: IN_FORCE", "status: ACTIVE").text());
                throw new AssertionError("expected the file to be rejected");
            } catch (ProgramValidationException e) {
                assertThat(e.getMessage())
                        .endsWith("\n  test-2024.yml:11: unknown program status 'ACTIVE'"
                                + " (expected one of: IN_FORCE, ENDED, SUPERSEDED)");
            }
        }
    }

    @Nested
    class Fields {

        @Test
        void misspeltIndicatorField() {
            // the misspelt key, and the field it should have been, at the start of the indicator
            assertThat(errors(valid().replace(22, "    targetKind: STOCK_AT_END", "    targetKnd: STOCK_AT_END")
                            .text()))
                    .containsExactly(
                            new ProgramFileError(
                                    FILE,
                                    22,
                                    "unknown field 'targetKnd' in an indicator (allowed: code, name, nameEn, unit,"
                                            + " target, targetKind, comparator, attribute, measure, sourceQuote,"
                                            + " baseline, note)"),
                            new ProgramFileError(FILE, 17, "missing required field 'targetKind'"));
        }

        @Test
        void misspeltTopLevelField() {
            assertThat(errors(valid().replace(7, "issueDate: 2024-03-02", "issuedate: 2024-03-02")
                            .text()))
                    .containsExactly(
                            new ProgramFileError(
                                    FILE,
                                    7,
                                    "unknown field 'issuedate' in the program (allowed: code, title, documentNumber,"
                                            + " issuingBody, issueDate, jurisdiction, periodStart, periodEnd, status,"
                                            + " supersedes, source, unitsOnEveryTask, indicators, sections)"),
                            new ProgramFileError(FILE, 1, "missing required field 'issueDate'"));
        }

        @Test
        void misspeltTaskField() {
            assertOnlyError(
                    valid().replace(55, "        lead: 市检察院", "        leader: 市检察院")
                            .text(),
                    55,
                    "unknown field 'leader' in a task (allowed: number, title, text, units, lead, subItems)");
        }

        @Test
        void fieldGivenTwice() {
            assertOnlyError(
                    valid().replace(19, "    nameEn: Patent grants", "    name: 专利授权量")
                            .text(),
                    19,
                    "duplicate field 'name'");
        }

        @Test
        void missingRequiredIndicatorField() {
            assertOnlyError(valid().remove(18, "    name: 专利授权量").text(), 17, "missing required field 'name'");
        }

        @Test
        void missingRequiredTaskField() {
            assertOnlyError(
                    valid().remove(49, "        text: 加强商标、专利执法，严厉打击侵权假冒行为。").text(),
                    47,
                    "missing required field 'text'");
        }

        @Test
        void requiredFieldLeftEmpty() {
            assertOnlyError(
                    valid().replace(6, "issuingBody: 测试市人民政府", "issuingBody:").text(),
                    6,
                    "missing required field 'issuingBody'");
        }

        @Test
        void requiredFieldGivenAsYamlNull() {
            assertOnlyError(
                    valid().replace(18, "    name: 专利授权量", "    name: ~").text(), 18, "missing required field 'name'");
        }

        @Test
        void missingTitle() {
            assertOnlyError(valid().removeLines(2, 4).text(), 1, "missing required field 'title' (with zh and en)");
        }

        @Test
        void missingTitleLanguage() {
            assertOnlyError(
                    valid().remove(4, "  en: Test City IP Strong City Work Program (2024–2026)")
                            .text(),
                    3,
                    "missing required field 'en'");
        }

        @Test
        void missingSections() {
            assertOnlyError(valid().removeLines(43, 67).text(), 1, "missing required list 'sections'");
        }

        @Test
        void listWhereAMappingIsExpected() {
            assertOnlyError(
                    valid().replace(
                                    2,
                                    "title:",
                                    "title: [测试市知识产权强市建设工作方案（2024—2026年）, Test City IP Strong City Work Program]")
                            .removeLines(3, 4)
                            .text(),
                    2,
                    "title must be a mapping of fields");
        }

        @Test
        void textWhereAnIndicatorIsExpected() {
            assertOnlyError(
                    valid().replace(37, "  - code: service-revenue", "  - service-revenue")
                            .removeLines(38, 42)
                            .text(),
                    37,
                    "an indicator must be a mapping of fields");
        }

        @Test
        void mappingWhereAListIsExpected() {
            assertOnlyError(
                    valid().replace(50, "        units: [市市场监管局, 市公安局]", "        units: {市市场监管局: 牵头}")
                            .text(),
                    50,
                    "field 'units' must be a list");
        }

        @Test
        void textWhereAListIsExpected() {
            assertOnlyError(
                    valid().replace(16, "indicators:", "indicators: none")
                            .removeLines(17, 42)
                            .text(),
                    16,
                    "field 'indicators' must be a list");
        }

        @Test
        void mappingInAListOfNames() {
            assertOnlyError(
                    valid().replace(50, "        units: [市市场监管局, 市公安局]", "        units: [市市场监管局, {市公安局: 配合}]")
                            .text(),
                    50,
                    "'units' must list plain names");
        }

        @Test
        void emptyItemInAListOfNames() {
            assertOnlyError(
                    valid().replace(67, "          - 市财政局", "          -").text(), 67, "'units' must list plain names");
        }

        @Test
        void listWhereAnIndicatorIsExpected() {
            assertOnlyError(
                    valid().replace(37, "  - code: service-revenue", "  - [service-revenue, 知识产权服务业营业收入]")
                            .removeLines(38, 42)
                            .text(),
                    37,
                    "an indicator must be a mapping of fields");
        }

        @Test
        void supersededDocumentWithoutNumber() {
            assertOnlyError(
                    valid().replace(13, "  - documentNumber: 测政字〔2021〕9号", "  - title: 测试市知识产权强市试点城市建设工作方案（2021—2023年）")
                            .removeLines(14, 14)
                            .text(),
                    13,
                    "missing required field 'documentNumber'");
        }

        @Test
        void mappingWhereTextIsExpected() {
            assertOnlyError(
                    valid().replace(18, "    name: 专利授权量", "    name: {zh: 专利授权量}")
                            .text(),
                    18,
                    "field 'name' must be a single value");
        }

        @Test
        void listWhereTextIsExpected() {
            assertOnlyError(
                    valid().replace(18, "    name: 专利授权量", "    name:", "      - 专利授权量")
                            .text(),
                    19,
                    "field 'name' must be a single value");
        }

        @Test
        void targetNotANumber() {
            assertOnlyError(
                    valid().replace(21, "    target: 9", "    target: 9万").text(),
                    21,
                    "field 'target' is not a number: '9万'");
        }

        @Test
        void malformedProgramCode() {
            assertOnlyError(
                    valid().replace(1, "code: test-2024", "code: Test_2024").text(),
                    1,
                    "program code 'Test_2024' must be lower-case letters, digits and hyphens");
        }

        @Test
        void malformedIndicatorCode() {
            assertOnlyError(
                    valid().replace(17, "  - code: patent-grants", "  - code: patent grants")
                            .text(),
                    17,
                    "indicator code 'patent grants' must be lower-case letters, digits and hyphens");
        }

        @Test
        void quoteThatIsOnlyANonBreakingSpace() {
            // not blank for String.isBlank, but empty once whitespace is removed: it would "occur" anywhere
            assertOnlyError(
                    valid().replace(26, "    sourceQuote: 专利授权量达到9万件", "    sourceQuote: \"\\u00A0\"")
                            .text(),
                    26,
                    "missing required field 'sourceQuote'");
        }
    }

    @Nested
    class Values {

        @Test
        void unknownJurisdictionCode() {
            assertOnlyError(
                    valid().replace(8, "jurisdiction: \"3710\"", "jurisdiction: \"3799\"")
                            .text(),
                    8,
                    "unknown jurisdiction code '3799'");
        }

        @Test
        void malformedJurisdictionCode() {
            assertOnlyError(
                    valid().replace(8, "jurisdiction: \"3710\"", "jurisdiction: \"371\"")
                            .text(),
                    8,
                    "jurisdiction code '371' must have 2, 4 or 6 digits (quote it in YAML)");
            assertOnlyError(
                    valid().replace(8, "jurisdiction: \"3710\"", "jurisdiction: 威海市")
                            .text(),
                    8,
                    "jurisdiction code '威海市' must have 2, 4 or 6 digits (quote it in YAML)");
        }

        @Test
        void unknownTargetKind() {
            // only the kind is reported: without a kind, whether unit, target and comparator are required is unknown
            assertOnlyError(
                    valid().replace(22, "    targetKind: STOCK_AT_END", "    targetKind: STOCK")
                            .text(),
                    22,
                    "unknown target kind 'STOCK' (expected one of: STOCK_AT_END, INCREMENT, EACH_YEAR,"
                            + " ANNUAL_AVERAGE, CAGR, RATE_EACH_YEAR, SURVEY_SCORE, QUALITATIVE)");
            assertOnlyError(
                    valid().replace(39, "    targetKind: QUALITATIVE", "    targetKind: qualitative")
                            .text(),
                    39,
                    "unknown target kind 'qualitative' (expected one of: STOCK_AT_END, INCREMENT, EACH_YEAR,"
                            + " ANNUAL_AVERAGE, CAGR, RATE_EACH_YEAR, SURVEY_SCORE, QUALITATIVE)");
        }

        @Test
        void missingTargetKind() {
            assertOnlyError(
                    valid().remove(39, "    targetKind: QUALITATIVE").text(),
                    37,
                    "missing required field 'targetKind'");
        }

        @Test
        void unknownComparator() {
            assertOnlyError(
                    valid().replace(33, "    comparator: GE", "    comparator: ≥")
                            .text(),
                    33,
                    "unknown comparator '≥' (expected one of: GE, GT, LE, LT)");
        }

        @Test
        void unknownAttribute() {
            assertOnlyError(
                    valid().replace(24, "    attribute: EXPECTED", "    attribute: 预期性")
                            .text(),
                    24,
                    "unknown attribute '预期性' (expected one of: EXPECTED, BINDING, NONE)");
        }

        @Test
        void unknownStatus() {
            assertOnlyError(
                    valid().replace(11, "status: IN_FORCE", "status: ACTIVE").text(),
                    11,
                    "unknown program status 'ACTIVE' (expected one of: IN_FORCE, ENDED, SUPERSEDED)");
        }

        @Test
        void unknownUnit() {
            assertOnlyError(
                    valid().replace(20, "    unit: 万件", "    unit: 万个").text(),
                    20,
                    "unknown unit '万个' (expected one of: 件 万件 家 元 万元 亿元 人次 次 % 分 个 名 人 项 户)");
        }

        @Test
        void unknownMeasure() {
            assertOnlyError(
                    valid().replace(25, "    measure: patent_grants", "    measure: patent-grants")
                            .text(),
                    25,
                    "unknown measure 'patent-grants' (a code from measures/catalogue.yml, or 'reported')");
        }

        @Test
        void badDate() {
            assertOnlyError(
                    valid().replace(7, "issueDate: 2024-03-02", "issueDate: 2024-02-30")
                            .text(),
                    7,
                    "field 'issueDate' is not a date in the form YYYY-MM-DD: '2024-02-30'");
            assertOnlyError(
                    valid().replace(9, "periodStart: 2024-01-01", "periodStart: 2024年1月1日")
                            .text(),
                    9,
                    "field 'periodStart' is not a date in the form YYYY-MM-DD: '2024年1月1日'");
        }

        @Test
        void periodEndNotAfterPeriodStart() {
            assertOnlyError(
                    valid().replace(10, "periodEnd: 2026-12-31", "periodEnd: 2024-01-01")
                            .text(),
                    10,
                    "periodEnd 2024-01-01 must be after periodStart 2024-01-01");
            assertOnlyError(
                    valid().replace(10, "periodEnd: 2026-12-31", "periodEnd: 2023-12-31")
                            .text(),
                    10,
                    "periodEnd 2023-12-31 must be after periodStart 2024-01-01");
        }
    }

    @Nested
    class Indicators {

        @Test
        void duplicateIndicatorCode() {
            assertOnlyError(
                    valid().replace(37, "  - code: service-revenue", "  - code: patent-grants")
                            .text(),
                    37,
                    "duplicate indicator code 'patent-grants'");
        }

        @Test
        void qualitativeIndicatorWithATarget() {
            assertOnlyError(
                    valid().replace(39, "    targetKind: QUALITATIVE", "    targetKind: QUALITATIVE", "    target: 5")
                            .text(),
                    39,
                    "a QUALITATIVE indicator has no target and no comparator");
        }

        @Test
        void qualitativeIndicatorWithAComparator() {
            assertOnlyError(
                    valid().replace(
                                    39,
                                    "    targetKind: QUALITATIVE",
                                    "    targetKind: QUALITATIVE",
                                    "    comparator: GE")
                            .text(),
                    39,
                    "a QUALITATIVE indicator has no target and no comparator");
        }

        @Test
        void numericIndicatorWithoutTarget() {
            assertOnlyError(valid().remove(21, "    target: 9").text(), 17, "missing required field 'target'");
        }

        @Test
        void numericIndicatorWithoutUnitOrComparator() {
            assertThat(errors(valid().remove(20, "    unit: 万件")
                            .remove(23, "    comparator: GE")
                            .text()))
                    .containsExactly(
                            new ProgramFileError(FILE, 17, "missing required field 'unit'"),
                            new ProgramFileError(FILE, 17, "missing required field 'comparator'"));
        }

        @Test
        void cagrWithAUnitOtherThanPercent() {
            assertOnlyError(
                    valid().replace(30, "    unit: \"%\"", "    unit: 亿元").text(),
                    30,
                    "a CAGR target is a percentage: its unit must be %");
        }

        @Test
        void rateEachYearWithAUnitOtherThanPercent() {
            assertOnlyError(
                    valid().replace(30, "    unit: \"%\"", "    unit: 件")
                            .replace(32, "    targetKind: CAGR", "    targetKind: RATE_EACH_YEAR")
                            .text(),
                    30,
                    "a RATE_EACH_YEAR target is a percentage: its unit must be %");
        }

        @Test
        void baselineNotANumber() {
            assertOnlyError(
                    valid().replace(27, "    baseline: 6.5", "    baseline: 6.5万件")
                            .text(),
                    27,
                    "field 'baseline' is not a number: '6.5万件'");
        }
    }

    @Nested
    class Source {

        @Test
        void sourceDocumentMissing() {
            // without the document no quote can be checked: only the missing document is reported
            assertOnlyError(
                    valid().replace(15, "source: test-2024.txt", "source: test-2023.txt")
                            .text(),
                    15,
                    "source document 'test-2023.txt' not found next to the program (programs/sources/)");
        }

        @Test
        void sourceFieldMissing() {
            assertOnlyError(valid().remove(15, "source: test-2024.txt").text(), 1, "missing required field 'source'");
        }

        @Test
        void quoteNotInTheSource() {
            assertOnlyError(
                    valid().replace(26, "    sourceQuote: 专利授权量达到9万件", "    sourceQuote: 专利授权量达到9万件以上")
                            .text(),
                    26,
                    "source quote does not occur in the source document: '专利授权量达到9万件以上'");
        }

        @Test
        void quoteWithAHalfWidthCharacterWhereTheDocumentHasAFullWidthOne() {
            assertOnlyError(
                    valid().replace(26, "    sourceQuote: 专利授权量达到9万件", "    sourceQuote: 到2026年,全市专利授权量达到9万件")
                            .text(),
                    26,
                    "source quote does not occur in the source document: '到2026年,全市专利授权量达到9万件'");
            assertOnlyError(
                    valid().replace(
                                    36,
                                    "    sourceQuote: 知识产权质押融资金额年均增幅达到30%以上",
                                    "    sourceQuote: 知识产权质押融资金额年均增幅达到30％以上")
                            .text(),
                    36,
                    "source quote does not occur in the source document: '知识产权质押融资金额年均增幅达到30％以上'");
        }

        @Test
        void taskTextNotInTheSource() {
            assertOnlyError(
                    valid().replace(53, "        text: 完善知识产权审判机制，推进检察监督。", "        text: 完善知识产权审判机制，加强检察监督。")
                            .text(),
                    53,
                    "the text of task 2 does not occur in the source document");
        }

        @Test
        void multiLineTaskTextNotInTheSource() {
            assertOnlyError(
                    valid().replace(
                                    53,
                                    "        text: 完善知识产权审判机制，推进检察监督。",
                                    "        text: >-",
                                    "          完善知识产权审判机制，",
                                    "          推进检察监督和行政监督。")
                            .text(),
                    53,
                    "the text of task 2 does not occur in the source document");
        }

        @Test
        void subItemTextNotInTheSource() {
            assertOnlyError(
                    valid().replace(57, "          - text: 建立知识产权检察办公室。", "          - text: 建立知识产权法庭。")
                            .text(),
                    57,
                    "a sub-item text of task 2 does not occur in the source document");
        }
    }

    @Nested
    class SectionsAndTasks {

        @Test
        void duplicateTaskNumberWithinASection() {
            assertOnlyError(
                    valid().replace(51, "      - number: \"2\"", "      - number: \"1\"")
                            .text(),
                    51,
                    "duplicate task number '1' in section 一");
        }

        @Test
        void duplicateSectionNumber() {
            assertOnlyError(
                    valid().replace(59, "  - number: 二", "  - number: 一").text(), 59, "duplicate section number '一'");
        }

        @Test
        void leadNotAmongTheUnits() {
            assertOnlyError(
                    valid().replace(55, "        lead: 市检察院", "        lead: 市公安局")
                            .text(),
                    55,
                    "lead unit '市公安局' of task 2 is not among its units");
        }

        @Test
        void leadOfATaskWithoutUnits() {
            assertOnlyError(
                    valid().remove(54, "        units: [市法院, 市检察院]").text(),
                    54, // the lead moves up one line
                    "lead unit '市检察院' of task 2 is not among its units");
        }

        @Test
        void unitListedTwiceInAFlowList() {
            assertOnlyError(
                    valid().replace(50, "        units: [市市场监管局, 市公安局]", "        units: [市市场监管局, 市公安局, 市市场监管局]")
                            .text(),
                    50,
                    "task 1 lists a unit twice: '市市场监管局'");
        }

        @Test
        void unitListedTwiceInABlockListIsReportedAtTheSecondMention() {
            assertOnlyError(
                    valid().replace(67, "          - 市财政局", "          - 市科技局").text(),
                    67,
                    "task 1 lists a unit twice: '市科技局'");
        }

        @Test
        void unitListedTwiceInASubItem() {
            assertOnlyError(
                    valid().replace(58, "            units: [市检察院]", "            units: [市检察院, 市检察院]")
                            .text(),
                    58,
                    "a sub-item of task 2 lists a unit twice: '市检察院'");
        }

        @Test
        void unitsOnEveryTaskAreAddedAfterEachTasksOwnUnits() {
            Program program = read(valid().replace(
                            15,
                            "source: test-2024.txt",
                            "source: test-2024.txt",
                            "unitsOnEveryTask:",
                            "  units: [市市场监管局]",
                            "  sourceQuote: 市市场监管局、市公安局按职责分工负责")
                    .text());
            assertThat(program.tasks().map(Task::units))
                    .containsExactly(
                            List.of("市市场监管局", "市公安局"),
                            List.of("市法院", "市检察院", "市市场监管局"),
                            List.of("市科技局", "市财政局", "市市场监管局"));
            assertThat(program.tasks().map(Task::lead)).containsExactly("市市场监管局", "市检察院", "市科技局");
        }

        @Test
        void unitsOnEveryTaskWithAQuoteNotInTheSource() {
            assertOnlyError(
                    valid().replace(
                                    15,
                                    "source: test-2024.txt",
                                    "source: test-2024.txt",
                                    "unitsOnEveryTask:",
                                    "  units: [各区市人民政府]",
                                    "  sourceQuote: 各区市人民政府按职责分工负责")
                            .text(),
                    18,
                    "source quote does not occur in the source document: '各区市人民政府按职责分工负责'");
        }

        @Test
        void unitsOnEveryTaskListingAUnitTwice() {
            assertOnlyError(
                    valid().replace(
                                    15,
                                    "source: test-2024.txt",
                                    "source: test-2024.txt",
                                    "unitsOnEveryTask:",
                                    "  units: [市市场监管局, 市市场监管局]",
                                    "  sourceQuote: 市市场监管局、市公安局按职责分工负责")
                            .text(),
                    17,
                    "unitsOnEveryTask lists a unit twice: '市市场监管局'");
        }

        @Test
        void subItemWithoutUnits() {
            assertOnlyError(
                    valid().remove(58, "            units: [市检察院]").text(), 57, "missing required list 'units'");
        }
    }
}
