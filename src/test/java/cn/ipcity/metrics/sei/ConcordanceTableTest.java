package cn.ipcity.metrics.sei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipcity.metrics.KeywordMode;
import cn.ipcity.metrics.SeiClassification;
import cn.ipcity.metrics.SeiMatch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped table with hand-picked symbols; the expected rules were read off the CSV by hand (rule lines quoted
 * in the comments: branch.rule patterns / exclusions).
 */
class ConcordanceTableTest {

    static final ConcordanceTable TABLE = shipped();

    static ConcordanceTable shipped() {
        try (InputStream in =
                ConcordanceTableTest.class.getResourceAsStream("/reference/sei-ipc-concordance-2021.csv")) {
            return ConcordanceTable.read(
                    "sei-ipc-concordance-2021.csv", new String(in.readAllBytes(), StandardCharsets.UTF_8), "test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> rules(SeiClassification c) {
        return c.matches().stream().map(m -> m.branchCode() + "/" + m.ruleNo()).toList();
    }

    static SeiClassification classify(String title, String abstractText, String... ipc) {
        return TABLE.classify(List.of(ipc), title, abstractText, KeywordMode.KEYWORD_RULES, false);
    }

    @Test
    void theWholeTableLoadsWithItsVersion() {
        // 303 rules, 40 branches (counted in the table's README)
        assertThat(TABLE.rules()).hasSize(303);
        assertThat(TABLE.rules().stream().map(ConcordanceRule::branchCode).distinct())
                .hasSize(40);
        assertThat(TABLE.version()).matches("sei-ipc-concordance-2021#[0-9a-f]{12}");
        // the first data row is line 2
        assertThat(TABLE.rules().get(0).line()).isEqualTo(2);
    }

    @Test
    void patternsCoverClassesSubclassesMainGroupsAndExactGroups() {
        IpcSymbol g06f11_14 = IpcSymbol.parse("G06F 11/14").orElseThrow();
        assertThat(IpcPattern.parse("G06F11*").orElseThrow().covers(g06f11_14)).isTrue();
        // G06F1* is main group 1, not every main group starting with the digit 1
        assertThat(IpcPattern.parse("G06F1*").orElseThrow().covers(g06f11_14)).isFalse();
        assertThat(IpcPattern.parse("G06F*").orElseThrow().covers(g06f11_14)).isTrue();
        assertThat(IpcPattern.parse("G06*").orElseThrow().covers(g06f11_14)).isTrue();
        assertThat(IpcPattern.parse("G06F11/14").orElseThrow().covers(g06f11_14))
                .isTrue();
        // exact group: G06F9/44 does not cover G06F9/445
        IpcPattern g06f9_44 = IpcPattern.parse("G06F9/44").orElseThrow();
        assertThat(g06f9_44.covers(IpcSymbol.parse("G06F 9/44").orElseThrow())).isTrue();
        assertThat(g06f9_44.covers(IpcSymbol.parse("G06F 9/445").orElseThrow())).isFalse();
        // H03M13 and G16H (no *) name a main group and a subclass
        assertThat(IpcPattern.parse("H03M13")
                        .orElseThrow()
                        .covers(IpcSymbol.parse("H03M 13/11").orElseThrow()))
                .isTrue();
        assertThat(IpcPattern.parse("H03M13")
                        .orElseThrow()
                        .covers(IpcSymbol.parse("H03M 1/12").orElseThrow()))
                .isFalse();
        assertThat(IpcPattern.parse("G16H")
                        .orElseThrow()
                        .covers(IpcSymbol.parse("G16H 50/20").orElseThrow()))
                .isTrue();
        assertThat(IpcPattern.parse("G16*")
                        .orElseThrow()
                        .covers(IpcSymbol.parse("G16C 20/30").orElseThrow()))
                .isTrue();
        assertThat(IpcPattern.parse("G06F9/4*")).isEmpty();
        assertThat(IpcPattern.parse("06F9")).isEmpty();
    }

    @Test
    void symbolsAreNormalised() {
        assertThat(IpcSymbol.parse("g06f  011/14 (2006.01)").orElseThrow().toString())
                .isEqualTo("G06F11/14");
        assertThat(IpcSymbol.parse("G06F").isEmpty()).isTrue();
        assertThat(IpcSymbol.parse("G06F 11").isEmpty()).isTrue();
    }

    @Test
    void exclusionsRemoveASymbolFromThatRuleOnly() {
        // G06F 11/14: 1.1/1 G06F11* excludes G06F11/14; 1.1/2 G06F* excludes G06F11*; 1.1/3 G06F1* is main
        // group 1; 1.2/5 lists G06F11/14 itself → only 1.2/5 (its phrase 互联网安全服务 is no keyword condition)
        SeiClassification c = classify("一种数据备份方法", null, "G06F 11/14");
        assertThat(rules(c)).containsExactly("1.2/5");
        SeiMatch m = c.matches().get(0);
        assertThat(m.branchName()).isEqualTo("电子核心产业");
        assertThat(m.pattern()).isEqualTo("G06F11/14");
        assertThat(m.symbol()).isEqualTo("G06F11/14");
        assertThat(m.keyTerm()).isNull();
        assertThat(c.tableVersion()).isEqualTo(TABLE.version());
        // G06F 11/30: 1.1/1 G06F11* and not excluded
        assertThat(rules(classify(null, null, "G06F 11/30"))).containsExactly("1.1/1");
        // G06F 1/16: excluded from 1.1/2 (G06F1*) and 1.1/3 (G06F1/16); listed by 1.5/3
        assertThat(rules(classify(null, null, "G06F 1/16"))).containsExactly("1.5/3");
        // G06F 1/32: 1.1/3 G06F1*
        assertThat(rules(classify(null, null, "G06F 1/32"))).containsExactly("1.1/3");
        // A23L 2/84: 4.3/5 A23L2* excludes A23L2/84, 4.5/3 A23L* excludes A23L2*; 4.5/2 lists A23L2/84
        assertThat(rules(classify(null, null, "A23L 2/84"))).containsExactly("4.5/2");
    }

    @Test
    void exactGroupsDoNotReachFurtherSubgroups() {
        // G06F 9/44: excluded from 1.1/2, listed exactly by 1.5/5
        assertThat(rules(classify(null, null, "G06F 9/44"))).containsExactly("1.5/5");
        // G06F 9/445: excluded from 1.1/2, listed exactly by 1.3/3
        assertThat(rules(classify(null, null, "G06F 9/445"))).containsExactly("1.3/3");
        // G06F 9/4401 is not excluded by the exact exclusions G06F9/44 or G06F9/445, so 1.1/2's G06F* keeps it
        assertThat(rules(classify(null, null, "G06F 9/4401"))).containsExactly("1.1/2");
    }

    @Test
    void keywordRulesNeedOneOfTheirTermsInTitleOrAbstract() {
        // H03M 13/11: 1.2/6 H03M* (IPC only); 1.3/4 H03M13 with 平行链、中继链、以太币等区块链相关关键词
        assertThat(rules(classify("一种LDPC码的译码方法", "低复杂度译码。", "H03M 13/11"))).containsExactly("1.2/6");
        SeiClassification chain = classify("一种基于区块链的纠错编码方法", null, "H03M 13/11");
        assertThat(rules(chain)).containsExactly("1.2/6", "1.3/4");
        assertThat(chain.matches().get(1).keyTerm()).isEqualTo("区块链");
        // the term may be in the abstract instead
        assertThat(rules(classify("一种编码方法", "用于 以太币 交易的校验", "H03M 13/11"))).containsExactly("1.2/6", "1.3/4");
        // G16H 50/20: 1.3/2 G16* (excluding G16B*) by IPC; 1.5/7 G16H only with 人脑、杏仁核、癫痫 …
        assertThat(rules(classify("一种病历管理系统", null, "G16H 50/20"))).containsExactly("1.3/2");
        assertThat(rules(classify("一种发作预测方法", "基于脑电的癫痫发作预测", "G16H 50/20"))).containsExactly("1.3/2", "1.5/7");
        // G16B 40/00: excluded from 1.3/2; 4.2/1 G16B*
        assertThat(rules(classify(null, null, "G16B 40/00"))).containsExactly("4.2/1");
    }

    @Test
    void ipcOnlyModeIgnoresKeywords() {
        SeiClassification c = TABLE.classify(List.of("H03M 13/11"), "一种LDPC码的译码方法", null, KeywordMode.IPC_ONLY, false);
        assertThat(rules(c)).containsExactly("1.2/6", "1.3/4");
        assertThat(c.keywordMode()).isEqualTo(KeywordMode.IPC_ONLY);
    }

    @Test
    void allSymbolsCountUnlessMainOnly() {
        // A47G 19/22 (a drinking vessel) is in no rule; its second symbol A23L 2/52 is in 4.3/5 (A23L2*)
        List<String> ipc = List.of("A47G 19/22", "A23L 2/52");
        assertThat(rules(TABLE.classify(ipc, null, null, KeywordMode.KEYWORD_RULES, false)))
                .containsExactly("4.3/5");
        SeiClassification mainOnly = TABLE.classify(ipc, null, null, KeywordMode.KEYWORD_RULES, true);
        assertThat(mainOnly.matched()).isFalse();
        assertThat(mainOnly.mainSymbolOnly()).isTrue();
    }

    @Test
    void keyTermsComeOnlyFromPhrasesMarkedAsKeywords() {
        assertThat(ConcordanceTable.keyTerms(List.of("人脑、杏仁核、癫痫等脑部结构和脑部疾病关键词")))
                .containsExactly("人脑", "杏仁核", "癫痫", "脑部结构", "脑部疾病");
        assertThat(ConcordanceTable.keyTerms(List.of("量子计算、量子芯片、量子测控等量子计算机相关关键词")))
                .containsExactly("量子计算", "量子芯片", "量子测控", "量子计算机");
        assertThat(ConcordanceTable.keyTerms(List.of("计算机整机制造", "云平台、物联网等其他计算机制造")))
                .isEmpty();
        // 5.2 rule 5: 汽车相关关键词
        assertThat(TABLE.rules().stream()
                        .filter(r -> r.branchCode().equals("5.2") && r.ruleNo() == 5)
                        .findFirst()
                        .orElseThrow()
                        .keyTerms())
                .containsExactly("汽车");
    }

    @Test
    void aMalformedTableIsRefusedWithFileAndLine() {
        String csv = "branch_code,branch_name,source_page,rule_no,ipc_patterns,ipc_exclusions,keywords\n"
                + "1.1,下一代信息网络产业,148,1,G06F11*,,\n"
                + "1.1,下一代信息网络产业,148,x,G06F9/4*,,\n";
        assertThatThrownBy(() -> ConcordanceTable.read("fixed.csv", csv, "test"))
                .hasMessageContaining("fixed.csv:3: rule_no is not a number")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("fixed.csv:2"));
        String badPattern = csv.replace(",x,", ",2,");
        assertThatThrownBy(() -> ConcordanceTable.read("fixed.csv", badPattern, "test"))
                .hasMessageContaining("fixed.csv:3: not an IPC pattern: 'G06F9/4*'");
    }

    @Test
    void aCorrectedTableHasAnotherVersion() {
        String csv = "branch_code,branch_name,source_page,rule_no,ipc_patterns,ipc_exclusions,keywords\n"
                + "1.1,下一代信息网络产业,148,1,G06F11*,G06F11/14,\n";
        ConcordanceTable a = ConcordanceTable.read("sei-corrected.csv", csv, "corrected by hand");
        ConcordanceTable b = ConcordanceTable.read("sei-corrected.csv", csv.replace("G06F11/14", "G06F11/36"), "x");
        assertThat(a.version()).startsWith("sei-corrected#").isNotEqualTo(b.version());
        SeiClassification c = a.classify(List.of("G06F 11/30"), null, null, KeywordMode.KEYWORD_RULES, false);
        assertThat(c.tableVersion()).isEqualTo(a.version());
        assertThat(c.provenance()).isEqualTo("corrected by hand");
        assertThat(rules(c)).containsExactly("1.1/1");
    }
}
