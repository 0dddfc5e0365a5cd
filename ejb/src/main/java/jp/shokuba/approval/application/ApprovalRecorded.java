package jp.shokuba.approval.application;

/** The record (PDF) of an approved document was made: records files it. Fired in the rendering transaction. */
public record ApprovalRecorded(long approvalId, String documentNumber, String title, boolean confidential,
                               byte[] pdf) {
}
