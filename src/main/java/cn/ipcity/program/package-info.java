/** Work programs as data: indicators with targets, sections, numbered tasks and their responsible units, supersession. */
@org.springframework.modulith.ApplicationModule(displayName = "Work programs")
package cn.ipcity.program;
