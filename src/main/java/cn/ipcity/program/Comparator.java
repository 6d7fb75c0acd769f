package cn.ipcity.program;

/** The comparison the wording of a target carries: 达到/不少于/以上 → ≥, 超过 → >, 不超过 → ≤. */
public enum Comparator {
    GE("≥"),
    GT(">"),
    LE("≤"),
    LT("<");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
