/**
 * E-approval (電子決裁): drafts (起案), routes from the delegation rules (専決規程), decisions, document
 * numbers and the stamped record. The process itself runs on the Camunda engine in the {@code workflow}
 * module, behind the {@link jp.shokuba.approval.domain.ApprovalProcess} port; nothing here knows Camunda.
 */
package jp.shokuba.approval;
