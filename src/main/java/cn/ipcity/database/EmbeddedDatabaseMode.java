package cn.ipcity.database;

/** Present as a bean when ipcity runs on its embedded PostgreSQL (the demo/evaluation default). */
public final class EmbeddedDatabaseMode {}
