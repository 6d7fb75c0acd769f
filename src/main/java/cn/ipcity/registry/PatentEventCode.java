package cn.ipcity.registry;

import java.util.Optional;
import java.util.Set;

/**
 * Legal events of a patent. Events that change the state carry it in {@link #resultingState}; the others
 * (transfer, licence, pledge) change holders or encumbrances and are allowed only in some states.
 */
public enum PatentEventCode {
    GRANT(RightState.VALID, Set.of(RightState.PENDING)),
    TRANSFER(null, Set.of(RightState.PENDING, RightState.VALID)),
    LICENCE(null, Set.of(RightState.VALID)),
    OPEN_LICENCE(null, Set.of(RightState.VALID)),
    PLEDGE(null, Set.of(RightState.VALID)),
    PLEDGE_RELEASE(null, Set.of(RightState.values())),
    LAPSE(RightState.LAPSED, Set.of(RightState.VALID)),
    RESTORATION(RightState.VALID, Set.of(RightState.LAPSED)),
    INVALIDATION_WHOLE(RightState.INVALIDATED, Set.of(RightState.VALID, RightState.LAPSED, RightState.EXPIRED)),
    INVALIDATION_PART(null, Set.of(RightState.VALID, RightState.LAPSED, RightState.EXPIRED)),
    ABANDONMENT(RightState.ABANDONED, Set.of(RightState.PENDING, RightState.VALID)),
    EXPIRY(RightState.EXPIRED, Set.of(RightState.VALID));

    private final RightState resultingState;
    private final Set<RightState> allowedFrom;

    PatentEventCode(RightState resultingState, Set<RightState> allowedFrom) {
        this.resultingState = resultingState;
        this.allowedFrom = allowedFrom;
    }

    public Optional<RightState> resultingState() {
        return Optional.ofNullable(resultingState);
    }

    public boolean allowedIn(RightState state) {
        return allowedFrom.contains(state);
    }

    public boolean changesState() {
        return resultingState != null;
    }
}
