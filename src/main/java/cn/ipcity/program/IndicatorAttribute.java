package cn.ipcity.program;

/** 预期性 (expected) or 约束性 (binding), as the document's indicator table says; NONE when it says neither. */
public enum IndicatorAttribute {
    EXPECTED,
    BINDING,
    NONE
}
