package cn.ipcity.registry;

/** Kinds of a recorded patent licence: 独占, 排他, 普通, and the open licence (开放许可) of the 2021 Patent Law. */
public enum LicenceKind {
    EXCLUSIVE,
    SOLE,
    ORDINARY,
    OPEN
}
