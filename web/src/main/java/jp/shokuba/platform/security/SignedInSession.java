package jp.shokuba.platform.security;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who signed in on this session, their roles at that moment, their security version then (see
 * {@link SessionCheck}) and when they signed in (for the absolute lifetime). Kept by the application rather than
 * by Jakarta Security's {@code @AutoApplySession}, which on Payara 6 intermittently loses the caller's groups when
 * many sessions are active at once (signed-in people then see 403 pages).
 */
record SignedInSession(String login, Set<String> groups, int securityVersion, Instant signedInAt)
        implements Serializable {

    private static final String ATTRIBUTE = SignedInSession.class.getName();

    static void remember(HttpServletRequest request, CredentialValidationResult result, int securityVersion,
                         Instant now) {
        request.getSession(true).setAttribute(ATTRIBUTE, new SignedInSession(result.getCallerPrincipal().getName(),
                new TreeSet<>(result.getCallerGroups()), securityVersion, now));
    }

    static Optional<SignedInSession> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable((SignedInSession) session.getAttribute(ATTRIBUTE));
    }

    /** After the person's own change (a new password) made on this session: it goes on, the others end. */
    static void keep(HttpServletRequest request, String login, int newSecurityVersion) {
        of(request).filter(s -> s.login().equals(login)).ifPresent(s -> request.getSession().setAttribute(ATTRIBUTE,
                new SignedInSession(s.login(), s.groups(), newSecurityVersion, s.signedInAt())));
    }
}
