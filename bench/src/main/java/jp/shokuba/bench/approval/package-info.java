/**
 * The e-approval benchmark: documents through a four-step route with one consultation, decided over the REST API
 * by concurrent approvers; inbox latency for an approver with 10,000 historic tasks; and the same number of
 * tasks through the bare Camunda engine on the same database, for the overhead ratio. Run by bench/approval.sh.
 */
package jp.shokuba.bench.approval;
