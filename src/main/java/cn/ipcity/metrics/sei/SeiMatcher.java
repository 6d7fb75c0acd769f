package cn.ipcity.metrics.sei;

import cn.ipcity.metrics.KeywordMode;
import cn.ipcity.metrics.SeiClassification;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The concordance test of {@link ConcordanceTable#classify} made fast enough for millions of patents: which rules
 * cover an IPC symbol (exclusions applied) is worked out once per distinct symbol text and cached, so a patent costs
 * a few map look-ups; the title and abstract are only read when a rule that needs a key term is covered by IPC.
 * The answer is the same as {@code classify(...).matched()}; a symbol that is not an IPC symbol matches nothing
 * (the importer validates symbols, so this only guards against a bad row stopping a whole index).
 */
public final class SeiMatcher {

    /** Distinct symbols are a few tens of thousands even at province scale; beyond this the cache stops growing. */
    private static final int MAX_CACHED_SYMBOLS = 200_000;

    private static final int[] NONE = new int[0];

    private final ConcordanceTable table;
    private final KeywordMode mode;
    private final boolean mainSymbolOnly;
    private final List<ConcordanceRule> rules;
    private final boolean[] needsKeyTerm;
    private final ConcurrentHashMap<String, int[]> rulesBySymbol = new ConcurrentHashMap<>();

    public SeiMatcher(ConcordanceTable table, KeywordMode mode, boolean mainSymbolOnly) {
        this.table = table;
        this.mode = mode;
        this.mainSymbolOnly = mainSymbolOnly;
        this.rules = table.rules();
        this.needsKeyTerm = new boolean[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            needsKeyTerm[i] = mode == KeywordMode.KEYWORD_RULES
                    && !rules.get(i).keyTerms().isEmpty();
        }
    }

    public String version() {
        return table.version();
    }

    public String provenance() {
        return table.provenance();
    }

    public KeywordMode keywordMode() {
        return mode;
    }

    public boolean mainSymbolOnly() {
        return mainSymbolOnly;
    }

    public int ruleCount() {
        return rules.size();
    }

    /** Whether the patent matches at least one rule (condition 1). */
    public boolean matches(List<String> ipcSymbols, String title, String abstractText) {
        if (ipcSymbols == null || ipcSymbols.isEmpty()) {
            return false;
        }
        int count = mainSymbolOnly ? 1 : ipcSymbols.size();
        String text = null;
        for (int s = 0; s < count; s++) {
            for (int r : rulesOf(ipcSymbols.get(s))) {
                if (!needsKeyTerm[r]) {
                    return true;
                }
                if (text == null) {
                    text = normalize(title) + "\n" + normalize(abstractText);
                }
                for (String term : rules.get(r).keyTerms()) {
                    if (text.contains(term)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Every matching rule with branch, rule, line, symbol, pattern and key term; invalid symbols are skipped. */
    public SeiClassification classify(List<String> ipcSymbols, String title, String abstractText) {
        List<String> valid = new ArrayList<>();
        if (ipcSymbols != null) {
            for (String s : ipcSymbols) {
                if (IpcSymbol.parse(s).isPresent()) {
                    valid.add(s);
                } else if (mainSymbolOnly && valid.isEmpty()) {
                    break;
                }
            }
        }
        if (valid.isEmpty()) {
            return new SeiClassification(table.version(), table.provenance(), mode, mainSymbolOnly, List.of());
        }
        return table.classify(valid, title, abstractText, mode, mainSymbolOnly);
    }

    private int[] rulesOf(String symbolText) {
        if (symbolText == null) {
            return NONE;
        }
        int[] cached = rulesBySymbol.get(symbolText);
        if (cached != null) {
            return cached;
        }
        int[] computed = compute(symbolText);
        if (rulesBySymbol.size() < MAX_CACHED_SYMBOLS) {
            rulesBySymbol.put(symbolText, computed);
        }
        return computed;
    }

    private int[] compute(String symbolText) {
        Optional<IpcSymbol> parsed = IpcSymbol.parse(symbolText);
        if (parsed.isEmpty()) {
            return NONE;
        }
        IpcSymbol symbol = parsed.get();
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            ConcordanceRule rule = rules.get(i);
            if (rule.exclusions().stream().anyMatch(x -> x.covers(symbol))) {
                continue;
            }
            if (rule.patterns().stream().anyMatch(p -> p.covers(symbol))) {
                hits.add(i);
            }
        }
        return hits.isEmpty() ? NONE : hits.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Exactly as {@link ConcordanceTable}: ASCII whitespace (regex \s) and the ideographic space removed, lower case. */
    static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r' && c != '\u3000') {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
