package cn.ipcity.supervision;

/** What a unit reports about a milestone; DONE completes it when the report is accepted. */
public enum MilestoneProgress {
    NOT_STARTED,
    IN_PROGRESS,
    DONE
}
