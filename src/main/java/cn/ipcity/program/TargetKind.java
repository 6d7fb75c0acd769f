package cn.ipcity.program;

/** How a target is meant, as the documents word it; achievement is computed per kind (metrics module). */
public enum TargetKind {
    /** 有效发明专利拥有量达到7500件: the stock at the period end. */
    STOCK_AT_END,
    /** 新增1500件: the increase over the period. */
    INCREMENT,
    /** 每年组织培训不少于5次: every year of the period. */
    EACH_YEAR,
    /** 年均不低于10家: the yearly average over the period. */
    ANNUAL_AVERAGE,
    /** 年均增幅达到30%以上: compound annual growth, in %. */
    CAGR,
    /** 年结案率达95%: a rate reached every year. */
    RATE_EACH_YEAR,
    /** 满意度85分以上: a survey score. */
    SURVEY_SCORE,
    /** 服务业营业收入快速增长: an aim with no number. */
    QUALITATIVE;

    public boolean isNumeric() {
        return this != QUALITATIVE;
    }
}
