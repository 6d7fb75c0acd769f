package cn.ipcity.registry;

/** The 法律状态 column of a patent export (有效 / 审中 / 失效): informational, compared with the derived state. */
public enum ExportStatus {
    VALID,
    PENDING,
    INVALID
}
