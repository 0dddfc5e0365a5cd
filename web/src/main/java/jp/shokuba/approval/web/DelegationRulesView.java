package jp.shokuba.approval.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jp.shokuba.approval.application.ApprovalService;
import jp.shokuba.approval.application.RulesService;
import jp.shokuba.approval.application.TypeSummary;
import jp.shokuba.approval.domain.RuleLine;
import jp.shokuba.approval.domain.RulesRepository;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.directory.application.PostSummary;
import jp.shokuba.platform.web.CurrentUser;
import jp.shokuba.platform.web.Messages;

/** The delegation rules (専決規程) editor: edit the lines of the current version and save them as a new version. */
@Named
@ViewScoped
public class DelegationRulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An editable line; blank type or amount means "any". */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String documentType;
        private BigDecimal amountUpTo;
        private String finalPosition;

        Row(RuleLine l) {
            documentType = l.documentType();
            amountUpTo = l.amountUpTo();
            finalPosition = l.finalPosition();
        }

        RuleLine line() {
            return new RuleLine(documentType == null || documentType.isBlank() ? null : documentType, amountUpTo, finalPosition);
        }

        public String getDocumentType() {
            return documentType;
        }

        public void setDocumentType(String documentType) {
            this.documentType = documentType;
        }

        public BigDecimal getAmountUpTo() {
            return amountUpTo;
        }

        public void setAmountUpTo(BigDecimal amountUpTo) {
            this.amountUpTo = amountUpTo;
        }

        public String getFinalPosition() {
            return finalPosition;
        }

        public void setFinalPosition(String finalPosition) {
            this.finalPosition = finalPosition;
        }
    }

    @Inject
    transient RulesService rules;

    @Inject
    transient ApprovalService approvals;

    @Inject
    transient DirectoryService directory;

    @Inject
    transient CurrentUser user;

    @Inject
    transient Messages messages;

    private List<Row> rows = new ArrayList<>();
    private List<RulesRepository.RulesVersion> versions;
    private List<TypeSummary> types;
    private List<PostSummary> posts;
    private String note;
    private int version;

    @PostConstruct
    void init() {
        types = approvals.types();
        posts = directory.posts().stream().filter(PostSummary::approves).toList();
        reload();
    }

    private void reload() {
        versions = rules.versions();
        rows = new ArrayList<>();
        if (!versions.isEmpty()) {
            version = versions.get(0).version();
            versions.get(0).lines().forEach(l -> rows.add(new Row(l)));
        }
        note = null;
    }

    public void addRow(int index) {
        rows.add(Math.min(index + 1, rows.size()), new Row(new RuleLine(null, null, "DEPARTMENT_HEAD")));
    }

    public void removeRow(int index) {
        if (rows.size() > 1) {
            rows.remove(index);
        }
    }

    public void save() {
        messages.attempt(() -> {
            int saved = rules.save(user.login(), rows.stream().map(Row::line).toList(), note);
            messages.info("approval.rules.saved", saved);
            reload();
        });
    }

    public String postName(String code) {
        return posts.stream().filter(p -> p.code().equals(code)).map(PostSummary::name).findFirst().orElse(code);
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<RulesRepository.RulesVersion> getVersions() {
        return versions;
    }

    public List<TypeSummary> getTypes() {
        return types;
    }

    public List<PostSummary> getPosts() {
        return posts;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public int getVersion() {
        return version;
    }
}
