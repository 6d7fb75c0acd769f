package cn.ipcity.program;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipcity.IntegrationTest;
import cn.ipcity.jurisdiction.GovernmentUnits;
import cn.ipcity.jurisdiction.Jurisdictions;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The five seed programs, checked against counts made by hand from the documents. */
class ProgramCatalogTest extends IntegrationTest {

    @Autowired
    Programs programs;

    @Autowired
    Jurisdictions jurisdictions;

    @Autowired
    GovernmentUnits units;

    /**
     * Counted by hand from programs/sources/ (details in docs/program-counts/):
     * <ul>
     *   <li>weihai-2024: tasks 1–18 numbered straight through sections （一）–（七）; numeric targets: 8 table rows
     *       plus 新增10亿元, 170件, 68件, 集聚区1个, 专利代理人100名 in the goals and 2600/1900/900家 in task 7, with
     *       著作权 1万件 and 70家 stated in both table and text counted once → 16.
     *   <li>huancui-2024: sections （一）–（六） of 四、重点任务 with 4+5+2+3+2+2 = 18 tasks; targets 12件, 2.5万件, 8家,
     *       开放许可50件, 满意度90%, 结案率95%, 年均培训200人次, 每年5次 → 8.
     *   <li>zibo-2024: 3+3+4+4+3+2 = 19 tasks; targets 11件, 10.5万件, 驰名95件, 地标商标50件, 专用标志覆盖率80% → 5.
     *   <li>yantai-2016: 三、战略任务 （一）–（六） with 4+6+6+5+5+3 = 29 tasks; 主要指标 1–7 give 23 numeric targets
     *       (six new/cumulative pairs among them).
     *   <li>yantai-2022: 5+3+3+3+4+3+3 = 24 tasks (numbering restarts per section); 满意度85分, 8.1件, two 30% growth
     *       targets, 优势企业新增40家, 贯标新增80家, 运营基金1亿元, 六大运营中心, 年培训1000人次 → 9.
     * </ul>
     */
    @ParameterizedTest
    @CsvSource({
        "weihai-2024,  3710,   18, 16",
        "huancui-2024, 371002, 18,  8",
        "zibo-2024,    3703,   19,  5",
        "yantai-2016,  3706,   29, 23",
        "yantai-2022,  3706,   24,  9"
    })
    void eachSeedProgramHasItsHandCountedTasksAndNumericTargets(
            String code, String jurisdiction, int tasks, int numericIndicators) {
        Program program = programs.get(code);
        assertThat(program.jurisdictionCode()).isEqualTo((jurisdiction + "0000").substring(0, 6));
        assertThat(program.taskCount()).isEqualTo(tasks);
        assertThat(program.numericIndicators()).hasSize(numericIndicators);
    }

    @Test
    void everySourceQuoteOccursVerbatimInItsDocument() {
        for (Program program : programs.all()) {
            // PDF extraction breaks lines (and sometimes spaces) inside sentences; nothing else may differ
            String document = withoutWhitespace(programs.sourceText(program.code()));
            for (Indicator indicator : program.indicators()) {
                assertThat(document)
                        .as("%s / %s", program.code(), indicator.code())
                        .contains(withoutWhitespace(indicator.sourceQuote()));
            }
        }
    }

    @Test
    void namedTargetsFromRunningTextAreEncoded() {
        Map<String, Indicator> weihai = byQuote(programs.get("weihai-2024"));
        assertThat(weihai.get("马德里商标国际注册总量达到 170 件").target()).isEqualByComparingTo("170");
        assertThat(weihai.get("地理标志商标数量达到 68 件").target()).isEqualByComparingTo("68");
        Indicator tech = weihai.get("全市科技型中小企业数量超过2600家");
        assertThat(tech.comparator()).isEqualTo(Comparator.GT);
        Indicator hv = weihai.get("每万人口高价值发明专利拥有量不低于 12 件");
        assertThat(hv.attribute()).isEqualTo(IndicatorAttribute.EXPECTED);
        assertThat(hv.measure()).isEqualTo("hv_invention_patents_per_10k");

        Map<String, Indicator> yantai2016 = byQuote(programs.get("yantai-2016"));
        assertThat(yantai2016.get("新增注册商标 10000 件以上").targetKind()).isEqualTo(TargetKind.INCREMENT);
        assertThat(yantai2016.get("总量超过 40000 件").targetKind()).isEqualTo(TargetKind.STOCK_AT_END);
        assertThat(yantai2016.get("总量超过 40000 件").comparator()).isEqualTo(Comparator.GT);

        Map<String, Indicator> yantai2022 = byQuote(programs.get("yantai-2022"));
        assertThat(yantai2022.get("知识产权服务业营业收入快速增长").targetKind()).isEqualTo(TargetKind.QUALITATIVE);
        assertThat(programs.get("yantai-2022").indicators().stream()
                        .filter(i -> i.targetKind() == TargetKind.CAGR)
                        .map(Indicator::measure))
                .containsExactlyInAnyOrder("pledge_amount", "pledge_count");
    }

    @Test
    void programsCarryStatusAndSupersession() {
        assertThat(programs.get("yantai-2016").status()).isEqualTo(ProgramStatus.ENDED);
        assertThat(programs.get("yantai-2022").status()).isEqualTo(ProgramStatus.ENDED);
        assertThat(programs.get("weihai-2024").status()).isEqualTo(ProgramStatus.IN_FORCE);
        assertThat(programs.get("zibo-2024").supersedes())
                .extracting(Program.Supersession::documentNumber)
                .containsExactly("淄政办发〔2022〕8号");
    }

    @Test
    void theFirstListedUnitLeadsUnlessTheTextSaysOtherwise() {
        Task courts = programs.get("weihai-2024").sections().get(1).tasks().get(0);
        assertThat(courts.number()).isEqualTo("3");
        assertThat(courts.lead()).isEqualTo("市法院");
        assertThat(courts.coUnits()).startsWith("市检察院", "市公安局").doesNotContain("市法院");
    }

    @Test
    void ziboTasksAllFallToTheCountyGovernmentsToo() {
        assertThat(programs.get("zibo-2024").tasks())
                .allSatisfy(t -> assertThat(t.units()).contains("各区县政府"));
    }

    @Test
    void yantai2022AnnexRowsBelongToTheTasksTheyDetail() {
        Program program = programs.get("yantai-2022");
        assertThat(program.tasks().mapToInt(t -> t.subItems().size()).sum()).isEqualTo(38);
        assertThat(program.tasks()).allSatisfy(t -> assertThat(t.subItems()).isNotEmpty());
    }

    @Test
    void huancuiLiesInsideWeihai() {
        assertThat(jurisdictions.contains("3710", "371002")).isTrue();
        assertThat(jurisdictions.contains("371000", "371002")).isTrue();
        assertThat(jurisdictions.contains("37", "371002")).isTrue();
        assertThat(jurisdictions.contains("3706", "371002")).isFalse();
        assertThat(jurisdictions.get("371002").parentCode()).isEqualTo("371000");
    }

    @Test
    void unitsAreRegisteredOncePerJurisdiction() {
        List<String> weihaiUnits = units.of("3710").stream().map(u -> u.name()).toList();
        assertThat(weihaiUnits).doesNotHaveDuplicates().contains("市市场监管局", "威海海关", "市法院");
        // every unit any Weihai task names, and nothing else
        assertThat(weihaiUnits)
                .containsExactlyInAnyOrderElementsOf(programs.get("weihai-2024").allUnits());
        // 区科技局 belongs to 环翠区, not to the city
        assertThat(units.find("371002", "区科技局")).isPresent();
        assertThat(units.find("3710", "区科技局")).isEmpty();
    }

    private static Map<String, Indicator> byQuote(Program program) {
        return program.indicators().stream()
                .collect(Collectors.toMap(Indicator::sourceQuote, Function.identity(), (a, b) -> a));
    }

    private static String withoutWhitespace(String s) {
        return s.replaceAll("[\\s\\u3000\\u00A0\\uFEFF]+", "");
    }
}
