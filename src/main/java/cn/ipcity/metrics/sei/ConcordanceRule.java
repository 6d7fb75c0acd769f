package cn.ipcity.metrics.sei;

import java.util.List;

/**
 * One row of the concordance.
 *
 * @param line the row's line in the CSV file (header = line 1)
 * @param phrases the keyword column split at ；
 * @param keyTerms the terms a title or abstract must contain, derived from the phrases that end in 关键词; empty
 *     for a rule decided by IPC alone
 */
public record ConcordanceRule(
        String branchCode,
        String branchName,
        int ruleNo,
        int line,
        List<IpcPattern> patterns,
        List<IpcPattern> exclusions,
        List<String> phrases,
        List<String> keyTerms) {}
