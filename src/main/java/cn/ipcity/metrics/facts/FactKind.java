package cn.ipcity.metrics.facts;

import java.util.Arrays;
import java.util.List;

/**
 * The kinds of rows in {@code ip_fact}, each belonging to one family (the registry records it is derived from).
 * A STOCK kind is a period in which the record counts; a FLOW kind is a dated item, with an amount for money.
 */
public enum FactKind {
    /** A valid patent held in a county (one row per span between holder changes); flags: type bit. */
    PATENT_VALID(Family.PATENT),
    /** A filing, at the filing date, in the first applicant's county; flags: type bit. */
    PATENT_FILED(Family.PATENT),
    /** A grant, at its date, in the county of the holder then; flags: type bit. */
    PATENT_GRANTED(Family.PATENT),
    /** A transfer, at its date, in the county of the holder before it (the transferor). */
    PATENT_TRANSFER(Family.PATENT),
    /** A licence recorded (exclusive, sole or ordinary), at its date, in the county of the holder then. */
    PATENT_LICENCE(Family.PATENT),
    /** An open-licence declaration, at its date, in the county of the holder then. */
    OPEN_LICENCE(Family.PATENT),
    /** A high-value valid invention patent: valid spans from the first date some condition holds. */
    HV(Family.PATENT),
    HV_SEI(Family.PATENT),
    HV_FAMILY_ABROAD(Family.PATENT),
    HV_MAINTAINED_10_YEARS(Family.PATENT),
    HV_PLEDGE(Family.PATENT),
    HV_AWARD(Family.PATENT),
    /** A registered trademark in force; flags: GI bit. Its start is also the registration flow. */
    TRADEMARK_VALID(Family.TRADEMARK),
    /** A 驰名商标 from its recognition while the mark is in force. */
    TRADEMARK_WELL_KNOWN(Family.TRADEMARK),
    /** A mark with a Madrid international registration, while the mark is in force. */
    TRADEMARK_MADRID(Family.TRADEMARK),
    /** A copyright registration at its date; flags: software bit. */
    COPYRIGHT(Family.COPYRIGHT),
    PLANT_VARIETY(Family.PLANT_VARIETY),
    IC_LAYOUT(Family.IC_LAYOUT),
    /** A pledge-financing contract at its registration date, amount in yuan, in the pledgor's county. */
    PLEDGE_CONTRACT(Family.PLEDGE_CONTRACT),
    /** A registered technology contract involving patents, amount in yuan, in the contract's county. */
    TECH_CONTRACT(Family.TECH_CONTRACT),
    /** Designated enterprises, one row per enterprise and period (two designations of a group count once). */
    DESIG_NATIONAL(Family.DESIGNATION),
    DESIG_PROVINCIAL(Family.DESIGNATION),
    DESIG_MUNICIPAL(Family.DESIGNATION),
    DESIG_GBT29490(Family.DESIGNATION),
    DESIG_HIGH_TECH(Family.DESIGNATION),
    DESIG_SPECIALISED(Family.DESIGNATION);

    /** Flag bits. */
    public static final int INVENTION = 1;

    public static final int UTILITY_MODEL = 2;
    public static final int DESIGN = 4;
    public static final int GEOGRAPHICAL_INDICATION = 1;
    public static final int SOFTWARE = 1;

    private final Family family;

    FactKind(Family family) {
        this.family = family;
    }

    public Family family() {
        return family;
    }

    /** The registry records a family of facts is derived from. */
    public enum Family {
        PATENT,
        TRADEMARK,
        COPYRIGHT,
        PLANT_VARIETY,
        IC_LAYOUT,
        PLEDGE_CONTRACT,
        TECH_CONTRACT,
        DESIGNATION;

        public List<FactKind> kinds() {
            return Arrays.stream(FactKind.values())
                    .filter(k -> k.family == this)
                    .toList();
        }

        public String[] kindNames() {
            return kinds().stream().map(Enum::name).toArray(String[]::new);
        }
    }
}
