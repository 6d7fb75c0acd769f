/** The web shell: layout, home page, language switch, and the error answers shared by UI and API. */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package cn.ipcity.web;
