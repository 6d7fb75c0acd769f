/** Database infrastructure: the embedded PostgreSQL default and its safe start-up in a persistent folder. */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package cn.ipcity.database;
