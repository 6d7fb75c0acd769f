package cn.ipcity.registry.importing;

/** The loader of each record type. */
final class Loaders {

    private Loaders() {}

    static Loader of(RecordType type) {
        return switch (type) {
            case PARTY -> new PartyLoader();
            case PATENT -> new PatentLoader();
            case PATENT_EVENT -> new PatentEventLoader();
            case TRADEMARK -> new TrademarkLoader();
        };
    }
}
