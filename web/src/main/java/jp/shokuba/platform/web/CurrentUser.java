package jp.shokuba.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.security.Principal;
import java.util.Optional;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.directory.application.StaffSummary;

/** The signed-in person as the page header shows them, looked up once per session. */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityContext security;

    @Inject
    transient DirectoryService directory;

    private StaffSummary summary;

    public Optional<StaffSummary> summary() {
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            return Optional.empty();
        }
        if (summary == null || !summary.login().equals(caller.getName())) {
            summary = directory.findStaff(caller.getName()).orElse(null);
        }
        return Optional.ofNullable(summary);
    }

    public String login() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? null : caller.getName();
    }

    public String getDisplayName() {
        return summary().map(s -> s.name() + "（" + s.position() + "）").orElse("");
    }

    public String getUnitPath() {
        return summary().map(StaffSummary::fullUnit).orElse("");
    }
}
