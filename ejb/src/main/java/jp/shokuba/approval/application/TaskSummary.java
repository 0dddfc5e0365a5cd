package jp.shokuba.approval.application;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A line of the inbox (決裁箱). {@code onBehalfOf} names the absent approver when the reader acts as their
 * deputy (代決), {@code escalated} marks a task passed up to the reader after the reminders went unanswered.
 */
public record TaskSummary(String id, long approvalId, String kind, String title, String documentType,
                          String typeName, boolean lowRisk, BigDecimal amount, String counterparty,
                          String drafterLogin, String drafterName, String departmentCode, String departmentName,
                          Instant createdAt, int waitingDays, String assignee, String onBehalfOf, boolean escalated) {
}
