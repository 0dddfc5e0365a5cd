package jp.shokuba.approval.application;

import java.time.Instant;

/**
 * One seat of the route as the document page and the stamp column show it. {@code proxy} marks a decision
 * by a deputy (代決); {@code postReviewedAt} the seat holder's later confirmation (後閲).
 */
public record StepView(long id, int seq, String kind, String unitName, String positionCode, String position,
                       String approverLogin, String approverName, String actedByLogin, String actedByName,
                       String actedByFamily, String decision, String comment, Instant startedAt, Instant decidedAt,
                       boolean proxy, Instant postReviewedAt, boolean current) {
}
