package jp.shokuba.approval.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.shokuba.approval.application.ApprovalDetail;
import jp.shokuba.approval.application.ApprovalService;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.ConflictRetry;
import jp.shokuba.platform.web.CurrentUser;
import jp.shokuba.platform.web.Messages;
import jp.shokuba.platform.web.NotFoundPage;

/** One document: content, route with its stamps, attachments, history, the record's PDF; withdrawal by the drafter. */
@Named
@ViewScoped
public class DocumentView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ApprovalService approvals;

    @Inject
    transient CurrentUser user;

    @Inject
    transient Messages messages;

    private Long id;
    private ApprovalDetail detail;

    @PostConstruct
    void load() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (param == null || !param.matches("\\d{1,18}")) {
            NotFoundPage.send();
            return;
        }
        id = Long.valueOf(param);
        reload();
    }

    private void reload() {
        try {
            detail = approvals.detail(me(), id);
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND && detail == null) {
                NotFoundPage.send();
                return;
            }
            messages.refused(e);
        }
    }

    public void withdraw() {
        messages.attempt(() -> {
            ConflictRetry.run(() -> {
                approvals.withdraw(me(), id);
                return null;
            });
            messages.info("approval.done.withdrawn");
            reload();
        });
    }

    public void acknowledge() {
        messages.attempt(() -> {
            approvals.acknowledgeCirculation(me(), id);
            messages.info("approval.done.seen");
        });
    }

    public boolean isInCirculation() {
        return detail != null && detail.circulation().contains(me());
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
}
