package jp.shokuba.approval.domain;

/** Where a document stands. Only a DRAFT, SENT_BACK or WITHDRAWN document may be edited by its drafter. */
public enum ApprovalState {
    DRAFT, IN_PROGRESS, SENT_BACK, WITHDRAWN, APPROVED;

    public boolean editable() {
        return this == DRAFT || this == SENT_BACK || this == WITHDRAWN;
    }
}
