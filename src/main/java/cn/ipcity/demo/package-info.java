/** Documented demo users for the embedded (evaluation) default: one per role and jurisdiction. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package cn.ipcity.demo;
