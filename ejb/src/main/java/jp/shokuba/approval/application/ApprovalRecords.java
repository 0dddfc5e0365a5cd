package jp.shokuba.approval.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import jp.shokuba.approval.domain.Approval;
import jp.shokuba.approval.domain.ApprovalRepository;
import jp.shokuba.approval.domain.ApprovalState;
import jp.shokuba.approval.domain.Attachment;
import jp.shokuba.approval.domain.FiscalYear;
import jp.shokuba.approval.domain.Step;
import jp.shokuba.approval.domain.StepKind;
import jp.shokuba.approval.infrastructure.StampedPdf;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEvent;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.platform.CityTime;

/**
 * Turns an approved document into its record: the stamped PDF, stored once with its SHA-256, which goes to the
 * audit trail so that the file is tamper-evident too. Runs in a transaction of its own after the approval
 * commits; a document whose record is missing (a failed render) is rendered again when first asked for.
 */
@Stateless
public class ApprovalRecords {

    private static final Logger LOG = Logger.getLogger(ApprovalRecords.class.getName());

    @Inject
    ApprovalRepository approvals;

    @Inject
    DirectoryService directory;

    @Inject
    AuditTrail audit;

    @Inject
    Event<ApprovalRecorded> recorded;

    /** Approved documents still waiting for their record, oldest first. */
    public List<Long> pending(int max) {
        return approvals.approvedWithoutRecord(max);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public byte[] render(long approvalId) {
        Approval a = approvals.byId(approvalId).orElseThrow();
        if (a.state() != ApprovalState.APPROVED) {
            throw new IllegalStateException("document " + approvalId + " is not approved");
        }
        var existing = approvals.recordPdf(approvalId);
        if (existing.isPresent()) {
            return existing.get();
        }
        StampedPdf.Rendered rendered;
        try {
            rendered = StampedPdf.render(document(a));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the record of " + approvalId, e);
        }
        String sha = Attachment.sha256(rendered.pdf());
        approvals.storeRecord(approvalId, rendered.pdf(), sha, rendered.pdfa(), java.time.Instant.now());
        audit.recordAs("system", AuditEvent.of("approval.recorded", ApprovalService.OBJECT, approvalId)
                .withDetail((rendered.pdfa() ? "PDF/A-2b" : "PDF（日本語フォントなし）") + " sha256=" + sha));
        recorded.fire(new ApprovalRecorded(approvalId, a.documentNumber().orElseThrow(), a.title(), a.confidential(),
                rendered.pdf()));
        LOG.fine(() -> "record of " + approvalId + " rendered, " + rendered.pdf().length + " bytes");
        return rendered.pdf();
    }

    private StampedPdf.Document document(Approval a) {
        Map<String, String> posts = new HashMap<>();
        directory.posts().forEach(p -> posts.put(p.code(), p.name()));
        List<StampedPdf.Stamp> stamps = new ArrayList<>();
        for (Step s : approvals.steps(a.id(), a.round())) {
            if (s.decidedAt().isEmpty()) {
                continue;
            }
            LocalDate on = LocalDate.ofInstant(s.decidedAt().get(), CityTime.ZONE);
            String label = s.kind() == StepKind.CONSULT ? "合議 " + s.unitName() : posts.getOrDefault(s.positionCode(), "");
            stamps.add(new StampedPdf.Stamp(label, s.actedByFamily().orElse(""), on, s.proxy(),
                    s.approverName().map(n -> n.split(" ")[0]).orElse(""),
                    s.postReviewedAt().map(t -> LocalDate.ofInstant(t, CityTime.ZONE)).orElse(null),
                    s.kind() == StepKind.CONSULT));
        }
        List<String> attachments = approvals.attachments(a.id()).stream()
                .map(f -> f.fileName() + "  " + f.sha256()).toList();
        return new StampedPdf.Document(a.title(), approvals.type(a.documentType()).orElseThrow().name(),
                a.documentNumber().orElseThrow(), new FiscalYear(a.fiscalYear()).japanese(),
                a.amount().map(ApprovalRecords::yen).orElse(null), a.counterparty().orElse(null), a.drafterName(),
                a.departmentName(), LocalDate.ofInstant(a.createdAt(), CityTime.ZONE), a.approvedOn().orElseThrow(),
                a.retentionYears(), a.filingVolume(), a.rulesVersion().orElse(0),
                a.finalPosition().map(posts::get).orElse(""), a.body(), stamps, attachments);
    }

    static String yen(BigDecimal amount) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount) + "円";
    }
}
