package cn.ipcity.metrics;

/**
 * An indicator of a program with its progress.
 *
 * @param source where the values come from: REPORTED (approved reported values), MEASURE (computed), or
 *     NOT_COMPUTED (the measure has no source yet; {@code progress} is then null)
 */
public record IndicatorProgress(
        String indicator, String name, String unit, String measure, Source source, Progress progress) {

    public enum Source {
        REPORTED,
        MEASURE,
        NOT_COMPUTED
    }
}
