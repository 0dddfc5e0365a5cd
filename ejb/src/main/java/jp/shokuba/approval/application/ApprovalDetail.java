package jp.shokuba.approval.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import jp.shokuba.approval.domain.ApprovalRepository.AttachmentInfo;

/** Everything a person on the route may see of a document, with what they may do with it now. */
public record ApprovalDetail(long id, String title, String documentType, String typeName, BigDecimal amount,
                             String counterparty, String body, boolean confidential, String state,
                             String documentNumber, int fiscalYear, String fiscalYearName, int retentionYears,
                             String filingVolume, String drafterLogin, String drafterName, String departmentCode,
                             String departmentName, Integer rulesVersion, String finalPositionCode,
                             String finalPosition, Instant createdAt, Instant submittedAt, Instant approvedAt,
                             LocalDate approvedOn, List<String> consultUnits, List<String> circulation,
                             List<StepView> route, List<AttachmentInfo> attachments, List<HistoryEntry> history,
                             List<TaskSummary> myTasks, boolean editable, boolean withdrawable, boolean hasRecord) {

    /**
     * While the document is sent back (差戻し), the seat that sent it back, whose comment is the reason the
     * drafter has to read; null otherwise.
     */
    public StepView sentBackBy() {
        if (!"SENT_BACK".equals(state)) {
            return null;
        }
        return route.stream().filter(s -> "SEND_BACK".equals(s.decision()) && s.decidedAt() != null)
                .max(Comparator.comparing(StepView::decidedAt)).orElse(null);
    }

    /** One line of the document's history, from the audit trail; {@code actorName} is the actor's name and post. */
    public record HistoryEntry(Instant at, String actor, String actorName, String action, String detail) {
    }
}
