package jp.shokuba.approval.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jp.shokuba.approval.application.ApprovalInbox;

/** The count of open tasks next to 電子決裁 in the menu, asked once per page. */
@Named
@RequestScoped
public class ApprovalBadge {

    @Inject
    SecurityContext security;

    @Inject
    ApprovalInbox inbox;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = security.getCallerPrincipal() == null ? 0 : inbox.count(security.getCallerPrincipal().getName());
        }
        return count;
    }
}
