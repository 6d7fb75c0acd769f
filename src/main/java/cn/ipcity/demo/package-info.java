/** The embedded (evaluation) default's demo: documented users, one per role and jurisdiction, and the demo data set. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package cn.ipcity.demo;
