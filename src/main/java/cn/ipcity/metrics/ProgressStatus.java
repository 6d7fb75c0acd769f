package cn.ipcity.metrics;

/** Where an indicator stands against its target at an as-of date (thresholds in {@link ProgressRules}). */
public enum ProgressStatus {
    /** The as-of date lies before the period. */
    NOT_STARTED,
    /** The target is met (final once the period has ended). */
    ACHIEVED,
    /** On or ahead of the trajectory, or every year so far met. */
    ON_TRACK,
    /** Behind the trajectory by at most the at-risk share. */
    AT_RISK,
    /** Further behind, or a year of an each-year target missed. */
    OFF_TRACK,
    /** Final evaluation of an ended period: the target was not met. */
    NOT_ACHIEVED,
    /** A value needed for the judgement is missing; nothing is guessed. */
    NO_DATA
}
