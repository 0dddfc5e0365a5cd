package jp.shokuba.approval.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Approval documents with their steps, tasks, attachments, circulation and numbering. */
public interface ApprovalRepository {

    List<DocumentType> types();

    /** The document types by their code. */
    default Map<String, DocumentType> typesByCode() {
        Map<String, DocumentType> byCode = new HashMap<>();
        types().forEach(t -> byCode.put(t.code(), t));
        return byCode;
    }

    Optional<DocumentType> type(String code);

    Optional<Approval> byId(long id);

    Approval add(Approval approval);

    /** Deletes a document with its attachments and circulation (the database cascades). */
    void remove(Approval approval);

    /** The steps of one round, in route order (the consultations before the sequential step of the same seq). */
    List<Step> steps(long approvalId, int round);

    Step addStep(Step step);

    Optional<ApprovalTask> task(String id);

    ApprovalTask addTask(ApprovalTask task);

    List<ApprovalTask> openTasks(long approvalId);

    /** Open tasks assigned to any of {@code assignees} or escalated to {@code me}, oldest first. */
    List<ApprovalTask> openTasksFor(Collection<String> assignees, String me, int max);

    /** All open tasks, oldest first. */
    List<ApprovalTask> allOpenTasks(int max);

    long countOpenTasksFor(Collection<String> assignees, String me);

    /** Whether the person has or had a part in the document's route (seat holder, decider, task, circulation). */
    boolean involved(long approvalId, String login);

    List<Approval> draftedBy(String login, int max);

    /** Approved documents by the search keys of the Electronic Book Preservation Act. */
    List<Approval> approved(LocalDate from, LocalDate to, BigDecimal minAmount, BigDecimal maxAmount,
                            String counterparty, int max);

    Attachment addAttachment(Attachment attachment);

    /** Attachments without their content. */
    List<AttachmentInfo> attachments(long approvalId);

    Optional<Attachment> attachment(long approvalId, long attachmentId);

    void removeAttachment(long approvalId, long attachmentId);

    record AttachmentInfo(long id, String fileName, String contentType, long size, String sha256) {
    }

    void circulateTo(long approvalId, Collection<String> logins);

    List<String> circulation(long approvalId);

    void circulationSeen(long approvalId, String login, Instant now);

    /** The department's abbreviation in document numbers, if one is set. */
    Optional<String> abbreviation(String departmentCode);

    void abbreviate(String departmentCode, String abbreviation);

    /** Every abbreviation set, by department code. */
    java.util.Map<String, String> abbreviations();

    /**
     * The next serial of a department's fiscal year. The counter row stays locked until the transaction ends,
     * so concurrent final approvals queue and a rolled-back one leaves no gap.
     */
    int nextSerial(String departmentCode, int fiscalYear);

    Optional<byte[]> recordPdf(long approvalId);

    /** Approved documents that have no record yet, oldest first, at most {@code max}. */
    List<Long> approvedWithoutRecord(int max);

    void storeRecord(long approvalId, byte[] pdf, String sha256, boolean pdfa, Instant now);
}
