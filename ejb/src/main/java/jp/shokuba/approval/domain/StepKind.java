package jp.shokuba.approval.domain;

/** A step of the sequential approval (稟議) or a consultation (合議) with another department. */
public enum StepKind {
    APPROVE, CONSULT
}
