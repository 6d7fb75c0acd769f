package cn.ipcity.generator;

/**
 * A right holder as written to {@code party}: {@code areaCode} is the county-level unit the address belongs to
 * (empty for foreign holders), {@code codeColumn} what goes into the 区划代码 column (sometimes empty, so that
 * the importer attributes from the address).
 */
record Party(
        String name,
        String creditCode,
        Kind kind,
        String address,
        String areaCode,
        String codeColumn,
        String country,
        Industry industry) {

    enum Kind {
        ENTERPRISE("企业"),
        UNIVERSITY("大专院校"),
        INSTITUTE("科研单位"),
        INDIVIDUAL("个人"),
        ASSOCIATION("机关团体"),
        OTHER("其他");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    String[] row() {
        return new String[] {name, creditCode, kind.label(), address, codeColumn, country};
    }
}
