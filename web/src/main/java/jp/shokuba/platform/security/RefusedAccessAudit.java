package jp.shokuba.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEvent;

/**
 * Audits every refused access ({@code access.refused}) in one place, whoever refused it: a role the caller lacks
 * (a page's security constraint or an API method's {@code @RolesAllowed}), a missing CSRF token, or a rule of the
 * application (a task that is not the caller's). Mapped second in web.xml, for requests and for the error pages
 * the container shows: a 403 answered by the application is seen on the way out of the request, one answered by
 * the container's own constraint check (which runs before any filter) on the way into its error page.
 * It is written in a transaction of its own, since the refused request's transaction was rolled back.
 */
public class RefusedAccessAudit extends HttpFilter {

    /** A request attribute naming why the request was refused, such as {@code csrf} or {@code task.notYours}. */
    public static final String REASON = RefusedAccessAudit.class.getName() + ".reason";
    private static final String AUDITED = RefusedAccessAudit.class.getName() + ".audited";
    private static final int MAX_OBJECT = 128;
    private static final Logger LOG = Logger.getLogger(RefusedAccessAudit.class.getName());

    @Inject
    AuditTrail audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object errorStatus = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (errorStatus != null) { // the container's error page for a refusal it made itself
            if (Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(errorStatus)) {
                String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
                record(request, uri.substring(Math.min(uri.length(), request.getContextPath().length())), "role");
            }
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
            Object reason = request.getAttribute(REASON);
            record(request, Paths.within(request), reason == null ? "role" : reason.toString());
        }
    }

    private void record(HttpServletRequest request, String path, String reason) {
        if (request.getAttribute(AUDITED) != null) {
            return;
        }
        request.setAttribute(AUDITED, Boolean.TRUE);
        String who = request.getRemoteUser() == null ? "anonymous" : request.getRemoteUser();
        String what = request.getMethod() + " " + path;
        try {
            audit.recordAs(who, new AuditEvent("access.refused", "Request",
                    what.length() > MAX_OBJECT ? what.substring(0, MAX_OBJECT) : what, reason));
        } catch (RuntimeException e) {
            // the refusal itself stands; a trail that cannot be written shows in the log and in the chain's check
            LOG.log(Level.SEVERE, "cannot audit a refused access to " + what, e);
        }
    }
}
