package jp.shokuba.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEvent;
import jp.shokuba.platform.CallerOrigin;
import jp.shokuba.platform.rest.Problem;

/**
 * The one way in. Pages sign in through the login form ({@link SignInView} calls
 * {@code SecurityContext.authenticate}); the REST API takes HTTP Basic on any call, or the session
 * of a signed-in page. A form sign-in is kept in the session ({@link SignedInSession}); HTTP Basic is
 * checked on every call and makes no session, so a script calling every minute leaves none behind.
 * Unauthenticated calls to protected resources get a redirect to the login page (pages), a
 * partial-response redirect (PrimeFaces AJAX) or a 401 problem body (API).
 */
@ApplicationScoped
public class ShokubaAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String BASIC = "Basic ";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AuditTrail audit;

    @Inject
    CallerOrigin origin;

    @Inject
    SignInThrottle throttle;

    @Inject
    SessionCheck sessions;

    /** Request attribute: the seconds a throttled form sign-in must wait, for the login page to say. */
    static final String WAIT = ShokubaAuthenticationMechanism.class.getName() + ".wait";

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        origin.remoteAddress(request.getRemoteAddr());
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            return signInByForm(request, context.getAuthParameters().getCredential(), context);
        }
        Optional<SignedInSession> signedIn = SignedInSession.of(request);
        if (signedIn.isPresent()) {
            SessionCheck.Verdict verdict = sessions.judge(signedIn.get());
            if (verdict == SessionCheck.Verdict.HOLDS) {
                return context.notifyContainerAboutLogin(signedIn.get().login(), signedIn.get().groups());
            }
            // ends here, whatever else the request carries (a Basic header included)
            sessions.end(request, signedIn.get(), verdict);
            return context.isProtected() || Paths.isApi(request)
                    ? ask(request, response, context, verdict == SessionCheck.Verdict.EXPIRED ? "lifetime" : "ended")
                    : context.doNothing();
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return signInByBasic(authorization.substring(BASIC.length()).strip(), request, response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        return ask(request, response, context, expired ? "expired" : null);
    }

    private AuthenticationStatus ask(HttpServletRequest request, HttpServletResponse response,
                                     HttpMessageContext context, String reason) {
        try {
            return askToSignIn(request, response, context, reason);
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus signInByForm(HttpServletRequest request, Credential credential,
                                              HttpMessageContext context) {
        String login = credential instanceof UsernamePasswordCredential up ? up.getCaller() : "?";
        var wait = throttle.retryAfter(login, request.getRemoteAddr());
        if (wait.isPresent()) {
            request.setAttribute(WAIT, wait.getAsLong());
            return AuthenticationStatus.SEND_FAILURE;
        }
        // read before the password is checked: a change made meanwhile ends the new session at its next request
        var securityVersion = sessions.currentVersion(login);
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID || securityVersion.isEmpty()) {
            refused(login, request.getRemoteAddr());
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.succeeded(login);
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation
        }
        SignedInSession.remember(request, result, securityVersion.getAsInt(), sessions.now());
        CsrfToken.rotate(request.getSession());
        audit.recordAs(login, AuditEvent.of("auth.signed-in", "Staff", login));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus signInByBasic(String encoded, HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) {
        String[] loginAndPassword;
        try {
            loginAndPassword = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8).split(":", 2);
        } catch (IllegalArgumentException notBase64) {
            loginAndPassword = new String[0];
        }
        if (loginAndPassword.length == 2) {
            var wait = throttle.retryAfter(loginAndPassword[0], request.getRemoteAddr());
            if (wait.isPresent()) {
                try {
                    response.setHeader("Retry-After", Long.toString(wait.getAsLong()));
                    SignInThrottle.problem(wait.getAsLong()).writeTo(response);
                } catch (IOException e) {
                    // the client went away; nothing to tell it
                }
                return AuthenticationStatus.SEND_FAILURE;
            }
            CredentialValidationResult result = identityStores.validate(
                    new UsernamePasswordCredential(loginAndPassword[0], loginAndPassword[1]));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                throttle.succeeded(loginAndPassword[0]);
                return context.notifyContainerAboutLogin(result);
            }
            refused(loginAndPassword[0], request.getRemoteAddr());
        }
        try {
            unauthorized(response, true, "ログインIDまたはパスワードが正しくありません。");
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private void refused(String login, String address) {
        throttle.refused(login, address, "auth.sign-in-refused");
    }

    /**
     * {@code reason}: why a session ended, as the login page's {@code reason} parameter ({@code expired} when idle,
     * {@code lifetime}, {@code ended} by a change to the person), or null when there was none.
     */
    private AuthenticationStatus askToSignIn(HttpServletRequest request, HttpServletResponse response,
                                             HttpMessageContext context, String reason) throws IOException {
        if (Paths.isApi(request)) {
            unauthorized(response, false, reason == null ? "サインインが必要です。HTTP Basic 認証で呼び出してください。"
                    : switch (reason) {
                        case "ended" -> "パスワード・役割・在職状態が変わったため、セッションは終了しました。もう一度サインインしてください。";
                        case "lifetime" -> "サインインから一定時間が経ったため、セッションは終了しました。もう一度サインインしてください。";
                        default -> "セッションの有効期限が切れました。もう一度サインインしてください。";
                    });
            return AuthenticationStatus.SEND_FAILURE;
        }
        String loginPage = request.getContextPath() + Paths.LOGIN_PAGE + (reason == null ? "" : "?reason=" + reason);
        if (Paths.isAjax(request)) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + loginPage + "\"/></partial-response>");
            return AuthenticationStatus.SEND_CONTINUE;
        }
        String next = Paths.within(request) + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String separator = loginPage.contains("?") ? "&" : "?";
        return context.redirect(loginPage + separator + "next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }

    /**
     * The Basic challenge goes only to a caller that tried Basic (a script): a browser answered with it would
     * open its own password dialog and then send the credentials on every request, ambient like a cookie.
     */
    private static void unauthorized(HttpServletResponse response, boolean triedBasic, String detail) throws IOException {
        response.setHeader("WWW-Authenticate", triedBasic ? "Basic realm=\"Shokuba\", charset=\"UTF-8\""
                : "Session realm=\"Shokuba\"");
        Problem.of(401, "unauthorized", "Unauthorized", detail).writeTo(response);
    }
}
