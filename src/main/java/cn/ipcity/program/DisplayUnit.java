package cn.ipcity.program;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/** Units the documents use, each with the base unit values are stored in (万件 → 件 × 10,000). */
public enum DisplayUnit {
    JIAN("件", "件", 1),
    WAN_JIAN("万件", "件", 10_000),
    JIA("家", "家", 1),
    YUAN("元", "元", 1),
    WAN_YUAN("万元", "元", 10_000),
    YI_YUAN("亿元", "元", 100_000_000),
    REN_CI("人次", "人次", 1),
    CI("次", "次", 1),
    PERCENT("%", "%", 1),
    FEN("分", "分", 1),
    GE("个", "个", 1),
    MING("名", "名", 1),
    REN("人", "人", 1),
    XIANG("项", "项", 1),
    HU("户", "户", 1);

    private final String symbol;
    private final String baseSymbol;
    private final BigDecimal factor;

    DisplayUnit(String symbol, String baseSymbol, long factor) {
        this.symbol = symbol;
        this.baseSymbol = baseSymbol;
        this.factor = BigDecimal.valueOf(factor);
    }

    public static Optional<DisplayUnit> ofSymbol(String symbol) {
        return Arrays.stream(values()).filter(u -> u.symbol.equals(symbol)).findFirst();
    }

    public String symbol() {
        return symbol;
    }

    public String baseSymbol() {
        return baseSymbol;
    }

    public BigDecimal toBase(BigDecimal value) {
        BigDecimal base = value.multiply(factor).stripTrailingZeros();
        // 9 × 10000 strips to 9E+4, which JSON writers print as 90000.0; keep whole numbers whole
        return base.scale() < 0 ? base.setScale(0) : base;
    }
}
