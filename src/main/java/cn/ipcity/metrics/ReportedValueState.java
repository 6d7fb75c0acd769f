package cn.ipcity.metrics;

import cn.ipcity.common.ConflictException;

/**
 * The review states of a reported value and the moves between them: a reporter submits a draft or a returned
 * value; the program officer approves or returns a submitted one, and may reopen an approved one (the audited
 * correction flow, with a reason); an approved value is otherwise locked. Any other move is refused (409).
 */
public enum ReportedValueState {
    DRAFT,
    SUBMITTED,
    APPROVED,
    RETURNED;

    /** Values in these states may be edited by their unit's reporter. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    public ReportedValueState submit() {
        return move(isEditable(), SUBMITTED, "submit");
    }

    public ReportedValueState approve() {
        return move(this == SUBMITTED, APPROVED, "approve");
    }

    public ReportedValueState returnForCorrection() {
        return move(this == SUBMITTED, RETURNED, "return");
    }

    public ReportedValueState reopen() {
        return move(this == APPROVED, RETURNED, "reopen");
    }

    public void requireEditable() {
        if (!isEditable()) {
            throw new ConflictException("当前状态（" + zh() + "）不允许修改 / a " + name() + " value cannot be changed");
        }
    }

    private ReportedValueState move(boolean allowed, ReportedValueState to, String action) {
        if (!allowed) {
            throw new ConflictException("当前状态（" + zh() + "）不允许此操作 / cannot " + action + " a " + name() + " value");
        }
        return to;
    }

    public String zh() {
        return switch (this) {
            case DRAFT -> "草稿";
            case SUBMITTED -> "待审核";
            case APPROVED -> "已通过";
            case RETURNED -> "已退回";
        };
    }
}
