package cn.ipcity.account;

public enum Role {
    /** Administers users and reference data everywhere. */
    ADMIN,
    /** Manages the programs and data of one jurisdiction and everything inside it. */
    PROGRAM_OFFICER,
    /** Reports for one government unit. */
    UNIT_REPORTER,
    /** Reads only. */
    VIEWER
}
