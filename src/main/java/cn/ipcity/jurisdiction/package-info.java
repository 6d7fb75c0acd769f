/** Administrative divisions (6-digit codes, county → city → province), resident population by year, government units. */
@org.springframework.modulith.ApplicationModule(displayName = "Jurisdictions")
package cn.ipcity.jurisdiction;
