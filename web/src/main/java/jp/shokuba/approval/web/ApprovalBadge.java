package jp.shokuba.approval.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.shokuba.approval.application.ApprovalInbox;
import jp.shokuba.platform.web.CurrentUser;

/** The count of open tasks next to 電子決裁 in the menu, asked once per page and again after a decision. */
@Named
@RequestScoped
public class ApprovalBadge {

    @Inject
    CurrentUser user;

    @Inject
    ApprovalInbox inbox;

    private Long count;

    /**
     * Counted once per rendering. A count asked before (partial processing visits the menu while a decision is
     * still to be made) is not kept, or the badge would show the count from before the decision.
     */
    public long getCount() {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean rendering = faces == null || faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
        if (count != null && rendering) {
            return count;
        }
        String login = user.login();
        long now = login == null ? 0 : inbox.count(login);
        if (rendering) {
            count = now;
        }
        return now;
    }
}
