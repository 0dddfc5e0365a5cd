package jp.shokuba.approval.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import jp.shokuba.approval.application.ApprovalDetail;
import jp.shokuba.approval.application.ApprovalService;
import jp.shokuba.approval.application.StepView;
import jp.shokuba.approval.application.TypeSummary;
import jp.shokuba.approval.domain.Approval;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.directory.application.StaffSummary;
import jp.shokuba.directory.application.UnitSummary;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.web.CurrentUser;
import jp.shokuba.platform.web.Messages;
import jp.shokuba.platform.web.NotFoundPage;
import org.primefaces.model.file.UploadedFile;

/**
 * The draft editor (起案): content, type, amount, counterparty, consultations and circulation, attachments, the
 * route the rules will give, and submission. Opens a new draft without {@code id}.
 */
@Named
@ViewScoped
public class DraftView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ApprovalService approvals;

    @Inject
    transient DirectoryService directory;

    @Inject
    transient CurrentUser user;

    @Inject
    transient Messages messages;

    private Long id;
    private ApprovalDetail detail;
    private List<TypeSummary> types;
    private List<UnitSummary> departments;
    private String title;
    private String documentType = "EXPENDITURE";
    private BigDecimal amount;
    private String counterparty;
    private String body;
    private boolean confidential;
    private List<String> consultations = new ArrayList<>();
    private List<String> circulation = new ArrayList<>();
    private List<StepView> preview = List.of();
    private transient UploadedFile file;

    /** Opens the document named by the request parameter {@code id}, or a new draft without one. */
    @PostConstruct
    void load() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (param != null && !param.matches("\\d{1,18}")) {
            NotFoundPage.send();
            return;
        }
        id = param == null ? null : Long.valueOf(param);
        types = approvals.types();
        departments = directory.organisation().stream()
                .filter(u -> u.kind().equals("DEPARTMENT") || u.kind().equals("OFFICE")).toList();
        if (id != null) {
            try {
                detail = approvals.detail(me(), id);
            } catch (BusinessException e) {
                if (e.kind() == BusinessException.Kind.NOT_FOUND) {
                    NotFoundPage.send();
                } else {
                    messages.refused(e);
                }
                id = null;
                return;
            }
            title = detail.title();
            documentType = detail.documentType();
            amount = detail.amount();
            counterparty = detail.counterparty();
            body = detail.body();
            confidential = detail.confidential();
            consultations = new ArrayList<>(detail.consultUnits());
            circulation = new ArrayList<>(detail.circulation());
            refreshPreview();
        }
    }

    public void save() {
        messages.attempt(() -> {
            Approval.Content content = new Approval.Content(title, documentType, hasAmount() ? amount : null, counterparty,
                    body, confidential, new LinkedHashSet<>(consultations));
            if (id == null) {
                id = approvals.create(me(), content);
            } else {
                approvals.revise(me(), id, content);
            }
            if (!circulation.isEmpty()) {
                approvals.circulateTo(me(), id, circulation);
            }
            detail = approvals.detail(me(), id);
            refreshPreview();
            messages.info("approval.draft.saved");
        });
    }

    public String submit() {
        save();
        if (id == null || FacesContext.getCurrentInstance().isValidationFailed()
                || FacesContext.getCurrentInstance().getMessageList().stream()
                .anyMatch(m -> m.getSeverity().getOrdinal() >= jakarta.faces.application.FacesMessage.SEVERITY_ERROR.getOrdinal())) {
            return null;
        }
        try {
            approvals.submit(me(), id);
            messages.info("approval.draft.submitted", title);
            return "document?faces-redirect=true&id=" + id;
        } catch (BusinessException e) {
            messages.refused(e);
            return null;
        }
    }

    /** Whether the draft can still be deleted: saved, and never submitted. */
    public boolean isDeletable() {
        return detail != null && "DRAFT".equals(detail.state()) && detail.submittedAt() == null;
    }

    public String delete() {
        try {
            approvals.deleteDraft(me(), id);
            messages.info("approval.draft.deleted", title);
            return "mine?faces-redirect=true";
        } catch (BusinessException e) {
            messages.refused(e);
            return null;
        }
    }

    public void upload() {
        if (id == null) {
            save();
        }
        if (id == null || file == null || file.getSize() == 0) {
            messages.error("approval.attachment.none");
            return;
        }
        try {
            approvals.attach(me(), id, file.getFileName(), file.getContentType(), file.getContent());
            detail = approvals.detail(me(), id);
            messages.info("approval.attachment.added", file.getFileName());
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void removeAttachment(long attachmentId) {
        messages.attempt(() -> {
            approvals.removeAttachment(me(), id, attachmentId);
            detail = approvals.detail(me(), id);
        });
    }

    private void refreshPreview() {
        try {
            preview = id == null ? List.of() : approvals.preview(me(), id);
        } catch (BusinessException e) {
            preview = List.of();
            messages.refused(e);
        }
    }

    public boolean hasAmount() {
        return types.stream().filter(t -> t.code().equals(documentType)).findFirst().map(TypeSummary::hasAmount).orElse(false);
    }

    public TypeSummary getType() {
        return types.stream().filter(t -> t.code().equals(documentType)).findFirst().orElse(null);
    }

    public List<StaffSummary> completeStaff(String text) {
        return directory.searchStaff(text, 0, 15);
    }

    public boolean isEditable() {
        return detail == null || detail.editable();
    }

    private String me() {
        return user.login();
    }

    public Long getId() {
        return id;
    }

    public ApprovalDetail getDetail() {
        return detail;
    }

    public List<TypeSummary> getTypes() {
        return types;
    }

    public List<UnitSummary> getDepartments() {
        return departments;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDocumentType() {
        return documentType;
    }

    public void setDocumentType(String documentType) {
        this.documentType = documentType;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCounterparty() {
        return counterparty;
    }

    public void setCounterparty(String counterparty) {
        this.counterparty = counterparty;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public void setConfidential(boolean confidential) {
        this.confidential = confidential;
    }

    public List<String> getConsultations() {
        return consultations;
    }

    public void setConsultations(List<String> consultations) {
        this.consultations = consultations == null ? new ArrayList<>() : consultations;
    }

    public List<String> getCirculation() {
        return circulation;
    }

    public void setCirculation(List<String> circulation) {
        this.circulation = circulation == null ? new ArrayList<>() : circulation;
    }

    public List<StepView> getPreview() {
        return preview;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
