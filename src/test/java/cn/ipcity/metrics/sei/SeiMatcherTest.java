package cn.ipcity.metrics.sei;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipcity.metrics.KeywordMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cached matcher gives exactly the answer of {@link ConcordanceTable#classify}, for every IPC main group. */
public class SeiMatcherTest {

    public static List<String> mainGroups() {
        try (InputStream in = SeiMatcherTest.class.getResourceAsStream("/reference/ipc-subclasses-zh.csv")) {
            List<String> symbols = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] cells = line.split(",", 3);
                if (cells.length == 3 && cells[1].equals("maingroup")) {
                    String code = cells[0].strip();
                    symbols.add(code.substring(0, 4) + " " + code.substring(4));
                }
            }
            return symbols;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void agreesWithTheTableForEveryMainGroupInBothModesAndWithKeywords() {
        List<String> symbols = mainGroups();
        assertThat(symbols).hasSizeGreaterThan(7000).contains("G06F 11/00");
        // the subgroups the table lists exactly or excludes (ConcordanceTableTest) on top of the main groups
        symbols.addAll(List.of("G06F 11/14", "G06F 9/44", "G06F 9/445", "G06F 9/4401", "A23L 2/84", "B82Y 10/00"));
        String[][] texts = {{null, null}, {"一种基于区块链的方法", "用于量子芯片和癫痫预测"}};
        int matched = 0;
        for (KeywordMode mode : KeywordMode.values()) {
            SeiMatcher matcher = new SeiMatcher(ConcordanceTableTest.TABLE, mode, false);
            for (String symbol : symbols) {
                for (String[] text : texts) {
                    boolean expected = ConcordanceTableTest.TABLE
                            .classify(List.of(symbol), text[0], text[1], mode, false)
                            .matched();
                    assertThat(matcher.matches(List.of(symbol), text[0], text[1]))
                            .as(symbol + " " + mode + " " + text[0])
                            .isEqualTo(expected);
                    // the second call is answered from the cache
                    assertThat(matcher.matches(List.of(symbol), text[0], text[1]))
                            .isEqualTo(expected);
                    matched += expected ? 1 : 0;
                }
            }
        }
        assertThat(matched).isPositive();
    }

    @Test
    void mainSymbolOnlyLooksAtTheFirstSymbol() {
        List<String> ipc = List.of("A47G 19/22", "A23L 2/52");
        assertThat(new SeiMatcher(ConcordanceTableTest.TABLE, KeywordMode.KEYWORD_RULES, false)
                        .matches(ipc, null, null))
                .isTrue();
        SeiMatcher mainOnly = new SeiMatcher(ConcordanceTableTest.TABLE, KeywordMode.KEYWORD_RULES, true);
        assertThat(mainOnly.matches(ipc, null, null)).isFalse();
        assertThat(mainOnly.classify(ipc, null, null).matched()).isFalse();
        assertThat(mainOnly.classify(List.of("bad", "A23L 2/52"), null, null).matched())
                .isFalse();
        assertThat(new SeiMatcher(ConcordanceTableTest.TABLE, KeywordMode.KEYWORD_RULES, false)
                        .classify(List.of("bad", "A23L 2/52"), null, null)
                        .matches())
                .hasSize(1);
    }
}
