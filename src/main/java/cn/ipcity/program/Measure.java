package cn.ipcity.program;

/** A quantity computed from IP records that indicators bind to (catalogue in {@code measures/catalogue.yml}). */
public record Measure(String code, String name, String nameEn, String unit, Kind kind) {

    public enum Kind {
        STOCK,
        FLOW,
        RATIO
    }
}
