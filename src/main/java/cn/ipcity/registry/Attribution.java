package cn.ipcity.registry;

/**
 * Where a holder is attributed: a county-level code (or a city code when the address names no county), how it
 * was found, and whether the holder is domestic (mainland China; Hong Kong, Macao, Taiwan and abroad are not).
 */
public record Attribution(String jurisdictionCode, Kind kind, boolean domestic) {

    public enum Kind {
        EXPLICIT,
        ADDRESS,
        /** The address names a city but no county in it: counted for the city, listed for review. */
        CITY_ONLY,
        /** Domestic but no jurisdiction could be found: listed for review, never dropped. */
        UNATTRIBUTED,
        FOREIGN
    }

    public static Attribution foreign() {
        return new Attribution(null, Kind.FOREIGN, false);
    }

    public static Attribution unattributed() {
        return new Attribution(null, Kind.UNATTRIBUTED, true);
    }

    public boolean needsReview() {
        return kind == Kind.UNATTRIBUTED || kind == Kind.CITY_ONLY;
    }
}
