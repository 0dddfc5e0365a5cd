package jp.shokuba.platform.security;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who signed in on this session, and their roles at that moment. Kept by the application rather than
 * by Jakarta Security's {@code @AutoApplySession}, which on Payara 6 intermittently loses the caller's
 * groups when many sessions are active at once (signed-in people then see 403 pages).
 */
record SignedInSession(String login, Set<String> groups) implements Serializable {

    private static final String ATTRIBUTE = SignedInSession.class.getName();

    static void remember(HttpServletRequest request, CredentialValidationResult result) {
        request.getSession(true).setAttribute(ATTRIBUTE, new SignedInSession(result.getCallerPrincipal().getName(),
                new TreeSet<>(result.getCallerGroups())));
    }

    static Optional<SignedInSession> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable((SignedInSession) session.getAttribute(ATTRIBUTE));
    }
}
