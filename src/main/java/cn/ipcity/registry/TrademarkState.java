package cn.ipcity.registry;

/** A trademark's state at a date, derived from its dates and its end event (无效 / 撤销 / 注销). */
public enum TrademarkState {
    APPLIED,
    REGISTERED,
    EXPIRED,
    INVALIDATED,
    REVOKED,
    CANCELLED
}
