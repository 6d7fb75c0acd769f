package cn.ipcity.metrics.sei;

import cn.ipcity.metrics.KeywordMode;
import cn.ipcity.metrics.SeiClassification;
import cn.ipcity.metrics.SeiMatch;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A loaded, immutable version of the SEI–IPC concordance. Its version is the file name plus the first 12 hex
 * digits of the SHA-256 of its content, so a corrected table always carries a different version.
 *
 * <p><b>Matching.</b> A patent matches a rule when one of its IPC symbols (all of them, or the first only when
 * {@code mainSymbolOnly}) is covered by one of the rule's patterns and by none of the rule's exclusions (an
 * exclusion removes that symbol from that rule only; another symbol of the same patent can still match), and — in
 * {@link KeywordMode#KEYWORD_RULES} for a rule with key terms — the title or the abstract contains one of the key
 * terms (case-insensitive, after removing whitespace).
 */
public final class ConcordanceTable {

    private static final String[] HEADER = {
        "branch_code", "branch_name", "source_page", "rule_no", "ipc_patterns", "ipc_exclusions", "keywords"
    };
    private static final Pattern TERM_SEPARATORS = Pattern.compile("[、，,；;]|等|和|及");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000]+");

    private final String version;
    private final String provenance;
    private final List<ConcordanceRule> rules;

    private ConcordanceTable(String version, String provenance, List<ConcordanceRule> rules) {
        this.version = version;
        this.provenance = provenance;
        this.rules = List.copyOf(rules);
    }

    /** Reads and checks a table; every malformed row is reported with its file and line. */
    public static ConcordanceTable read(String fileName, String content, String provenance) {
        List<String> errors = new ArrayList<>();
        List<ConcordanceRule> rules = new ArrayList<>();
        try {
            List<CSVRecord> records = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(content.startsWith("\uFEFF") ? content.substring(1) : content))
                    .getRecords();
            for (CSVRecord r : records) {
                int line = (int) r.getRecordNumber() + 1;
                if (!r.isConsistent() || !Arrays.stream(HEADER).allMatch(r::isMapped)) {
                    errors.add(fileName + ":" + line + ": expected the columns " + String.join(",", HEADER));
                    continue;
                }
                int ruleNo;
                try {
                    ruleNo = Integer.parseInt(r.get("rule_no").strip());
                } catch (NumberFormatException e) {
                    errors.add(fileName + ":" + line + ": rule_no is not a number: '" + r.get("rule_no") + "'");
                    continue;
                }
                List<IpcPattern> patterns = patterns(fileName, line, r.get("ipc_patterns"), errors);
                List<IpcPattern> exclusions = patterns(fileName, line, r.get("ipc_exclusions"), errors);
                if (patterns.isEmpty()) {
                    errors.add(fileName + ":" + line + ": a rule needs at least one IPC pattern");
                }
                List<String> phrases = Arrays.stream(r.get("keywords").split("；"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
                rules.add(new ConcordanceRule(
                        r.get("branch_code").strip(),
                        r.get("branch_name").strip(),
                        ruleNo,
                        line,
                        patterns,
                        exclusions,
                        phrases,
                        keyTerms(phrases)));
            }
        } catch (IOException | RuntimeException e) {
            errors.add(fileName + ": not a readable CSV table: " + e.getMessage());
        }
        if (rules.isEmpty() && errors.isEmpty()) {
            errors.add(fileName + ": the table has no rules");
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException(
                    "Invalid SEI–IPC concordance table / 战略性新兴产业参照关系表有误:\n  " + String.join("\n  ", errors));
        }
        return new ConcordanceTable(versionOf(fileName, content), provenance, rules);
    }

    /**
     * The key terms of the phrases marked as keyword conditions (ending in 关键词): the phrase without 相关关键词 /
     * 关键词, split at 、，；等 和 及. 人脑、杏仁核、癫痫等脑部结构和脑部疾病关键词 → 人脑, 杏仁核, 癫痫, 脑部结构, 脑部疾病.
     */
    static List<String> keyTerms(List<String> phrases) {
        List<String> terms = new ArrayList<>();
        for (String phrase : phrases) {
            if (!phrase.endsWith("关键词")) {
                continue;
            }
            String body = phrase.substring(0, phrase.length() - "关键词".length());
            if (body.endsWith("相关")) {
                body = body.substring(0, body.length() - "相关".length());
            }
            for (String term : TERM_SEPARATORS.split(body)) {
                String t = normalize(term);
                if (!t.isEmpty() && !terms.contains(t)) {
                    terms.add(t);
                }
            }
        }
        return List.copyOf(terms);
    }

    private static List<IpcPattern> patterns(String file, int line, String column, List<String> errors) {
        List<IpcPattern> result = new ArrayList<>();
        for (String text : column.split("\\|")) {
            if (text.isBlank()) {
                continue;
            }
            Optional<IpcPattern> p = IpcPattern.parse(text);
            if (p.isEmpty()) {
                errors.add(file + ":" + line + ": not an IPC pattern: '" + text + "'");
            } else {
                result.add(p.get());
            }
        }
        return result;
    }

    private static String versionOf(String fileName, String content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            String base = fileName.replaceAll("\\.csv$", "");
            return base + "#" + HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalize(String text) {
        return text == null ? "" : WHITESPACE.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
    }

    public String version() {
        return version;
    }

    public String provenance() {
        return provenance;
    }

    public List<ConcordanceRule> rules() {
        return rules;
    }

    /** Which rules the patent matches; symbols that are not IPC symbols are refused with IllegalArgumentException. */
    public SeiClassification classify(
            List<String> ipcSymbols, String title, String abstractText, KeywordMode mode, boolean mainSymbolOnly) {
        List<IpcSymbol> symbols = new ArrayList<>();
        for (String s : ipcSymbols) {
            symbols.add(IpcSymbol.parse(s).orElseThrow(() -> new IllegalArgumentException(s)));
        }
        if (mainSymbolOnly && symbols.size() > 1) {
            symbols = symbols.subList(0, 1);
        }
        String text = normalize(title) + "\n" + normalize(abstractText);
        List<SeiMatch> matches = new ArrayList<>();
        for (ConcordanceRule rule : rules) {
            String keyTerm = null;
            if (mode == KeywordMode.KEYWORD_RULES && !rule.keyTerms().isEmpty()) {
                keyTerm = rule.keyTerms().stream()
                        .filter(text::contains)
                        .findFirst()
                        .orElse(null);
                if (keyTerm == null) {
                    continue;
                }
            }
            ruleMatch(rule, symbols, keyTerm).ifPresent(matches::add);
        }
        return new SeiClassification(version, provenance, mode, mainSymbolOnly, List.copyOf(matches));
    }

    private static Optional<SeiMatch> ruleMatch(ConcordanceRule rule, List<IpcSymbol> symbols, String keyTerm) {
        for (IpcSymbol symbol : symbols) {
            if (rule.exclusions().stream().anyMatch(x -> x.covers(symbol))) {
                continue;
            }
            for (IpcPattern pattern : rule.patterns()) {
                if (pattern.covers(symbol)) {
                    return Optional.of(new SeiMatch(
                            rule.branchCode(),
                            rule.branchName(),
                            rule.ruleNo(),
                            rule.line(),
                            symbol.toString(),
                            pattern.text(),
                            keyTerm));
                }
            }
        }
        return Optional.empty();
    }
}
