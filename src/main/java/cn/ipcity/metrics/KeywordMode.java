package cn.ipcity.metrics;

/** How the keyword column of the SEI–IPC concordance takes part in a match. */
public enum KeywordMode {
    /**
     * A rule whose keyword column holds a phrase ending in 关键词 (the table's own marker of a keyword condition,
     * e.g. 量子计算、量子芯片、量子测控等量子计算机相关关键词) matches only when the title or abstract contains one
     * of the terms of that phrase; every other phrase names industry activities or products (国民经济行业
     * descriptions) and is not matched against the text, so the IPC match alone decides.
     */
    KEYWORD_RULES,
    /** The keyword column is ignored: the IPC match alone decides for every rule. */
    IPC_ONLY
}
