package cn.ipcity.metrics;

/** CNIPA's five conditions of a high-value invention patent (高价值发明专利), in the order of the definition. */
public enum HighValueCriterion {
    /** (1) in a strategic emerging industry by the SEI–IPC concordance. */
    SEI,
    /** (2) a family member abroad holds a granted right. */
    FAMILY_ABROAD_GRANTED,
    /** (3) maintained more than 10 years counted from the filing date. */
    MAINTAINED_10_YEARS,
    /** (4) a pledge at or above the pledge threshold in force on the pledge date. */
    PLEDGE_THRESHOLD,
    /** (5) China Patent Award (gold, silver, excellence) or a national science and technology award. */
    AWARD
}
