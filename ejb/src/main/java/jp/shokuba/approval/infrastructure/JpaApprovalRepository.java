package jp.shokuba.approval.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shokuba.approval.domain.Approval;
import jp.shokuba.approval.domain.ApprovalRepository;
import jp.shokuba.approval.domain.ApprovalTask;
import jp.shokuba.approval.domain.Attachment;
import jp.shokuba.approval.domain.DocumentType;
import jp.shokuba.approval.domain.Step;
import jp.shokuba.platform.LikePattern;

@ApplicationScoped
public class JpaApprovalRepository implements ApprovalRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<DocumentType> types() {
        return em.createQuery("SELECT t FROM DocumentType t ORDER BY t.sortOrder, t.code", DocumentType.class).getResultList();
    }

    @Override
    public Optional<DocumentType> type(String code) {
        return Optional.ofNullable(code == null ? null : em.find(DocumentType.class, code));
    }

    @Override
    public Optional<Approval> byId(long id) {
        return Optional.ofNullable(em.find(Approval.class, id));
    }

    @Override
    public Approval add(Approval approval) {
        em.persist(approval);
        em.flush();
        return approval;
    }

    @Override
    public void remove(Approval approval) {
        em.remove(approval);
        em.flush();
    }

    @Override
    public List<Step> steps(long approvalId, int round) {
        return em.createQuery("SELECT s FROM Step s WHERE s.approval.id = :a AND s.round = :r ORDER BY s.seq, s.kind DESC, s.id",
                Step.class).setParameter("a", approvalId).setParameter("r", round).getResultList();
    }

    @Override
    public Step addStep(Step step) {
        em.persist(step);
        return step;
    }

    @Override
    public Optional<ApprovalTask> task(String id) {
        return Optional.ofNullable(em.find(ApprovalTask.class, id));
    }

    @Override
    public ApprovalTask addTask(ApprovalTask task) {
        em.persist(task);
        return task;
    }

    @Override
    public List<ApprovalTask> openTasks(long approvalId) {
        return em.createQuery("SELECT t FROM ApprovalTask t WHERE t.approval.id = :a AND t.closedAt IS NULL ORDER BY t.createdAt",
                ApprovalTask.class).setParameter("a", approvalId).getResultList();
    }

    @Override
    public List<ApprovalTask> openTasksFor(Collection<String> assignees, String me, int max) {
        return em.createQuery("SELECT t FROM ApprovalTask t JOIN FETCH t.approval WHERE t.closedAt IS NULL"
                        + " AND (t.assignee IN :people OR t.escalatedTo = :me) ORDER BY t.createdAt", ApprovalTask.class)
                .setParameter("people", assignees).setParameter("me", me).setMaxResults(max).getResultList();
    }

    @Override
    public List<ApprovalTask> allOpenTasks(int max) {
        return em.createQuery("SELECT t FROM ApprovalTask t JOIN FETCH t.approval WHERE t.closedAt IS NULL ORDER BY t.createdAt",
                ApprovalTask.class).setMaxResults(max).getResultList();
    }

    @Override
    public long countOpenTasksFor(Collection<String> assignees, String me) {
        return em.createQuery("SELECT COUNT(t) FROM ApprovalTask t WHERE t.closedAt IS NULL"
                        + " AND (t.assignee IN :people OR t.escalatedTo = :me)", Long.class)
                .setParameter("people", assignees).setParameter("me", me).getSingleResult();
    }

    @Override
    public boolean involved(long approvalId, String login) {
        Number n = (Number) em.createNativeQuery("""
                SELECT count(*) FROM (
                  SELECT 1 FROM approval.step WHERE approval_id = ?1 AND (approver_login = ?2 OR acted_by_login = ?2)
                  UNION ALL SELECT 1 FROM approval.task WHERE approval_id = ?1 AND (assignee = ?2 OR escalated_to = ?2 OR closed_by = ?2)
                  UNION ALL SELECT 1 FROM approval.circulation WHERE approval_id = ?1 AND login = ?2) x""")
                .setParameter(1, approvalId).setParameter(2, login).getSingleResult();
        return n.longValue() > 0;
    }

    @Override
    public List<Approval> draftedBy(String login, int max) {
        return em.createQuery("SELECT a FROM Approval a WHERE a.drafterLogin = :l ORDER BY a.id DESC", Approval.class)
                .setParameter("l", login).setMaxResults(max).getResultList();
    }

    @Override
    public List<Approval> approved(LocalDate from, LocalDate to, BigDecimal minAmount, BigDecimal maxAmount,
                                   String counterparty, int max) {
        return em.createQuery("SELECT a FROM Approval a WHERE a.state = jp.shokuba.approval.domain.ApprovalState.APPROVED"
                        + " AND a.approvedOn >= :from AND a.approvedOn <= :to"
                        + " AND (:anyMin = TRUE OR a.amount >= :min) AND (:anyMax = TRUE OR a.amount <= :max)"
                        + " AND (:anyParty = TRUE OR a.counterparty LIKE :party" + LikePattern.ESCAPE_CLAUSE + ") ORDER BY a.approvedOn DESC, a.id DESC",
                        Approval.class)
                .setParameter("from", from == null ? LocalDate.of(1900, 1, 1) : from)
                .setParameter("to", to == null ? LocalDate.of(9999, 12, 31) : to)
                .setParameter("anyMin", minAmount == null).setParameter("min", minAmount == null ? BigDecimal.ZERO : minAmount)
                .setParameter("anyMax", maxAmount == null).setParameter("max", maxAmount == null ? BigDecimal.ZERO : maxAmount)
                .setParameter("anyParty", counterparty == null || counterparty.isBlank())
                .setParameter("party", LikePattern.containing(counterparty == null ? "" : counterparty.strip()))
                .setMaxResults(max).getResultList();
    }

    @Override
    public Attachment addAttachment(Attachment attachment) {
        em.persist(attachment);
        em.flush();
        return attachment;
    }

    @Override
    public List<AttachmentInfo> attachments(long approvalId) {
        return em.createQuery("SELECT NEW jp.shokuba.approval.domain.ApprovalRepository.AttachmentInfo(a.id, a.fileName,"
                        + " a.contentType, a.size, a.sha256) FROM Attachment a WHERE a.approvalId = :a ORDER BY a.id",
                AttachmentInfo.class).setParameter("a", approvalId).getResultList();
    }

    @Override
    public Optional<Attachment> attachment(long approvalId, long attachmentId) {
        return Optional.ofNullable(em.find(Attachment.class, attachmentId)).filter(a -> a.approvalId() == approvalId);
    }

    @Override
    public void removeAttachment(long approvalId, long attachmentId) {
        attachment(approvalId, attachmentId).ifPresent(em::remove);
    }

    @Override
    public void circulateTo(long approvalId, Collection<String> logins) {
        for (String login : logins) {
            em.createNativeQuery("INSERT INTO approval.circulation (approval_id, login) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                    .setParameter(1, approvalId).setParameter(2, login).executeUpdate();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> circulation(long approvalId) {
        return em.createNativeQuery("SELECT login FROM approval.circulation WHERE approval_id = ?1 ORDER BY login")
                .setParameter(1, approvalId).getResultList();
    }

    @Override
    public void circulationSeen(long approvalId, String login, Instant now) {
        em.createNativeQuery("UPDATE approval.circulation SET seen_at = ?3 WHERE approval_id = ?1 AND login = ?2 AND seen_at IS NULL")
                .setParameter(1, approvalId).setParameter(2, login).setParameter(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<String> abbreviation(String departmentCode) {
        List<String> found = em.createNativeQuery("SELECT abbreviation FROM approval.department_abbreviation WHERE department_code = ?1")
                .setParameter(1, departmentCode).getResultList();
        return found.stream().findFirst();
    }

    @Override
    public void abbreviate(String departmentCode, String abbreviation) {
        em.createNativeQuery("INSERT INTO approval.department_abbreviation (department_code, abbreviation) VALUES (?1, ?2)"
                        + " ON CONFLICT (department_code) DO UPDATE SET abbreviation = EXCLUDED.abbreviation")
                .setParameter(1, departmentCode).setParameter(2, abbreviation).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, String> abbreviations() {
        Map<String, String> all = new java.util.TreeMap<>();
        for (Object row : em.createNativeQuery("SELECT department_code, abbreviation FROM approval.department_abbreviation")
                .getResultList()) {
            Object[] r = (Object[]) row;
            all.put((String) r[0], (String) r[1]);
        }
        return all;
    }


    @Override
    public int nextSerial(String departmentCode, int fiscalYear) {
        Number serial = (Number) em.createNativeQuery("""
                INSERT INTO approval.numbering (department_code, fiscal_year, last_serial) VALUES (?1, ?2, 1)
                ON CONFLICT (department_code, fiscal_year) DO UPDATE SET last_serial = approval.numbering.last_serial + 1
                RETURNING last_serial""").setParameter(1, departmentCode).setParameter(2, fiscalYear).getSingleResult();
        return serial.intValue();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<byte[]> recordPdf(long approvalId) {
        List<byte[]> found = em.createNativeQuery("SELECT pdf FROM approval.record WHERE approval_id = ?1")
                .setParameter(1, approvalId).getResultList();
        return found.stream().findFirst();
    }

    @Override
    public List<Long> approvedWithoutRecord(int max) {
        List<?> ids = em.createNativeQuery("SELECT a.id FROM approval.approval a WHERE a.state = 'APPROVED'"
                + " AND NOT EXISTS (SELECT 1 FROM approval.record r WHERE r.approval_id = a.id) ORDER BY a.id LIMIT " + max)
                .getResultList();
        return ids.stream().map(n -> ((Number) n).longValue()).toList();
    }

    @Override
    public void storeRecord(long approvalId, byte[] pdf, String sha256, boolean pdfa, Instant now) {
        em.createNativeQuery("INSERT INTO approval.record (approval_id, pdf, sha256, pdfa, rendered_at) VALUES (?1, ?2, ?3, ?4, ?5)"
                        + " ON CONFLICT (approval_id) DO NOTHING")
                .setParameter(1, approvalId).setParameter(2, pdf).setParameter(3, sha256).setParameter(4, pdfa)
                .setParameter(5, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).executeUpdate();
    }
}
