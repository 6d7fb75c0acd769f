package cn.ipcity.supervision;

/** A milestone is OPEN until done (set when a report saying so is accepted) or dropped. */
public enum MilestoneStatus {
    OPEN,
    DONE,
    DROPPED
}
