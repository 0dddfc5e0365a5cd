package jp.shokuba.approval.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.shokuba.approval.application.ApprovalService;
import jp.shokuba.approval.application.ApprovalSummary;
import jp.shokuba.platform.web.CurrentUser;

/** The drafter's own documents and where each one is now. */
@Named
@ViewScoped
public class MyDocumentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ApprovalService approvals;

    @Inject
    transient CurrentUser user;

    private List<ApprovalSummary> documents;

    @PostConstruct
    void init() {
        documents = approvals.mine(user.login());
    }

    public List<ApprovalSummary> getDocuments() {
        return documents;
    }
}
