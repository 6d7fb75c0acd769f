package cn.ipcity.metrics;

import java.util.List;

/**
 * Whether a patent belongs to a strategic emerging industry (high-value condition 1), with every rule that matched.
 *
 * @param tableVersion the concordance table that decided (file name and content hash)
 * @param matches every matching rule in table order; empty when none matched
 */
public record SeiClassification(
        String tableVersion,
        String provenance,
        KeywordMode keywordMode,
        boolean mainSymbolOnly,
        List<SeiMatch> matches) {

    public boolean matched() {
        return !matches.isEmpty();
    }
}
