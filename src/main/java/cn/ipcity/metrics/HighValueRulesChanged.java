package cn.ipcity.metrics;

import java.time.LocalDate;

/**
 * Published (in the writing transaction) when the rules of {@link HighValueRules} change, so that derived figures
 * can be rebuilt after the commit.
 *
 * @param affectedFrom the first date whose classification may differ (the date of the changed threshold)
 * @param rulesFingerprint {@link HighValueRules#fingerprint()} of the new rules
 */
public record HighValueRulesChanged(LocalDate affectedFrom, String rulesFingerprint) {}
