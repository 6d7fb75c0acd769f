/** Indicator engine: targets and progress, indicator formulas over measures, the high-value SEI test, reported values. */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators and metrics")
package cn.ipcity.metrics;
