package cn.ipcity.jurisdiction;

/** A responsible government unit (责任单位) of a jurisdiction, e.g. 市市场监管局. */
public record GovernmentUnit(long id, String jurisdictionCode, String name) {}
