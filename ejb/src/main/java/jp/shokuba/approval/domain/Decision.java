package jp.shokuba.approval.domain;

/** What an approver decides on a step: approve (決裁/合議済), send back (差戻し) or consult someone first. */
public enum Decision {
    APPROVE, SEND_BACK, CONSULT
}
