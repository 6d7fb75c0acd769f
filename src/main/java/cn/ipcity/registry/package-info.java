/** IP rights with their legal events (patents, trademarks, right holders), state at any date, and bulk import jobs. */
@org.springframework.modulith.ApplicationModule(displayName = "IP registry")
package cn.ipcity.registry;
