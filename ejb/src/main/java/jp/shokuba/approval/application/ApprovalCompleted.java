package jp.shokuba.approval.application;

/** Fired in the transaction of a final approval; after commit the record's PDF is rendered. */
public record ApprovalCompleted(long approvalId) {
}
