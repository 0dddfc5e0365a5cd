package jp.shokuba.approval.application;

/**
 * Something a person must hear about by mail. Fired inside the transaction, which also writes it to the mail outbox;
 * so a rolled-back decision never mails anyone and a committed one always does.
 */
public record ApprovalNotice(Kind kind, String toLogin, long approvalId, String title, String detail) {

    public enum Kind { NEW_TASK, DEPUTY_TASK, SENT_BACK, COMPLETED, CIRCULATION, REMINDER, ESCALATED, POST_REVIEW }
}
