package cn.ipcity.program;

public enum ProgramStatus {
    IN_FORCE,
    ENDED,
    SUPERSEDED
}
