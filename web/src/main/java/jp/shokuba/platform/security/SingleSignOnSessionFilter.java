package jp.shokuba.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import jp.shokuba.platform.rest.Problem;

/**
 * With single sign-on the provider's mechanism keeps the session, so the check that the form sign-in makes in
 * {@link ShokubaAuthenticationMechanism} is made here, after authentication: a session whose person was deactivated,
 * changed roles or outlived the absolute lifetime ({@link SessionCheck}) ends, and the request is answered as a
 * signed-out one (401 for the API; for a page, the same address again, which goes back to the identity provider).
 * Someone the provider signed in who is nobody in Shokuba gets a 403 and no session.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SingleSignOnSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    OidcSettings settings;

    @Inject
    SessionCheck sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!settings.isSingleSignOn() || request.getUserPrincipal() == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<SignedInSession> signedIn = SignedInSession.of(request)
                .filter(s -> s.login().equals(request.getUserPrincipal().getName()));
        if (signedIn.isEmpty()) {
            // signed in by the provider, but nobody in Shokuba (SingleSignOnIdentities): no session, no way in
            // answered here for pages too: an error page rendered by Faces would need the session just ended
            invalidate(request);
            Problem.of(403, "not-staff", "Forbidden",
                    "このアカウントは職場 Shokuba の職員に結び付いていません。情報政策課にお問い合わせください。").writeTo(response);
            return;
        }
        SessionCheck.Verdict verdict = sessions.judge(signedIn.get());
        if (verdict == SessionCheck.Verdict.HOLDS) {
            chain.doFilter(request, response);
            return;
        }
        // the provider's mechanism keeps its sign-in in the session: ending the session signs the person out
        sessions.end(request, signedIn.get(), verdict);
        if (Paths.isApi(request)) {
            response.setHeader("WWW-Authenticate", "Session realm=\"Shokuba\"");
            Problem.of(401, "unauthorized", "Unauthorized",
                    "セッションは終了しました。もう一度サインインしてください。").writeTo(response);
        } else {
            response.sendRedirect(request.getContextPath() + Paths.within(request));
        }
    }

    private static void invalidate(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            request.getSession().invalidate();
        }
    }
}
