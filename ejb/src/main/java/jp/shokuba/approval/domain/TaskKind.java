package jp.shokuba.approval.domain;

/** The kinds of work the process hands to a person. */
public enum TaskKind {
    /** Decide a step of the route. */
    APPROVE,
    /** Agree or object as a consulted department (合議). */
    CONSULT,
    /** The drafter revises a document sent back (差戻し) and resubmits it. */
    REVISE,
    /** The approver confirms a decision their deputy made for them (後閲). */
    POST_REVIEW
}
