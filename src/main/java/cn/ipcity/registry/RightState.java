package cn.ipcity.registry;

/** The state of a patent at a date, derived from its legal events and its term. */
public enum RightState {
    /** Filed, not (yet) granted. */
    PENDING,
    VALID,
    /** Ended for unpaid annual fees; a restoration makes it valid again. */
    LAPSED,
    INVALIDATED,
    ABANDONED,
    /** The statutory term has run out. */
    EXPIRED;

    /** 有效 in Chinese statistics: granted and in force. */
    public boolean inForce() {
        return this == VALID;
    }
}
