package jp.shokuba.platform.security;

import jakarta.servlet.http.HttpSession;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/** The session's secret that every state-changing request from a page must carry back. */
public final class CsrfToken {

    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final String ATTRIBUTE = CsrfToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfToken() {
    }

    public static String of(HttpSession session) {
        Object token = session.getAttribute(ATTRIBUTE);
        if (token == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(ATTRIBUTE, token);
        }
        return (String) token;
    }

    /** A new token from now on: at sign-in, so a token seen before it is worth nothing after. */
    static void rotate(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
        of(session);
    }

    static boolean matches(HttpSession session, String presented) {
        Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
        return expected != null && presented != null
                && MessageDigest.isEqual(((String) expected).getBytes(), presented.getBytes());
    }
}
