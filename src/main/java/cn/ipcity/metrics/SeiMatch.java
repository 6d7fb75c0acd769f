package cn.ipcity.metrics;

/**
 * One concordance rule a patent matched.
 *
 * @param symbol the patent's IPC symbol that matched, normalised (G06F11/14)
 * @param pattern the rule's IPC pattern it matched, as written in the table
 * @param keyTerm the key term found in the title or abstract; null for a rule decided by IPC alone
 */
public record SeiMatch(
        String branchCode, String branchName, int ruleNo, int line, String symbol, String pattern, String keyTerm) {}
