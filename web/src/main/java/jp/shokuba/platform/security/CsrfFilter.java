package jp.shokuba.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import jp.shokuba.platform.rest.Problem;

/**
 * Refuses any state-changing request that rides on the session cookie without the session's CSRF
 * token (form field {@value CsrfToken#FIELD} or header {@value CsrfToken#HEADER}). API calls that
 * bring their own credentials (HTTP Basic) carry no ambient authority and need no token, but only when they
 * carry no session cookie too: a request with both is judged as the session's (any page could add a made-up
 * Authorization header to a request the browser sends with the cookie).
 */
@WebFilter(filterName = "csrf", urlPatterns = "/*")
public class CsrfFilter extends HttpFilter {

    static final String REFUSED = CsrfFilter.class.getName() + ".refused";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod()) || ownCredentials(request) || tokenPresented(request)) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(RefusedAccessAudit.REASON, "csrf");
        if (Paths.isApi(request)) {
            Problem.of(403, "csrf", "Forbidden", "CSRF トークン（" + CsrfToken.HEADER + " ヘッダー）がありません。")
                    .writeTo(response);
        } else if (request.getSession(false) == null) {
            String login = request.getContextPath() + Paths.LOGIN_PAGE + "?reason=expired";
            if (Paths.isAjax(request)) {
                response.setContentType("text/xml");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + login + "\"/></partial-response>");
            } else {
                response.sendRedirect(login);
            }
        } else {
            request.setAttribute(REFUSED, Boolean.TRUE);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private static boolean ownCredentials(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return Paths.isApi(request) && request.getRequestedSessionId() == null
                && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    private static boolean tokenPresented(HttpServletRequest request) {
        String token = request.getHeader(CsrfToken.HEADER);
        if (token == null && !Paths.isApi(request)) {
            token = request.getParameter(CsrfToken.FIELD);
        }
        return CsrfToken.matches(request.getSession(false), token);
    }
}
