package cn.ipcity.registry;

/** 普通商标, 集体商标, 证明商标 (geographical-indication marks are collective or certification marks with a GI flag). */
public enum TrademarkKind {
    ORDINARY,
    COLLECTIVE,
    CERTIFICATION
}
