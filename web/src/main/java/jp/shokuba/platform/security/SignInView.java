package jp.shokuba.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.shokuba.platform.web.Messages;

/** The login page. Only a path inside the application is accepted as where to go next. */
@Named
@RequestScoped
public class SignInView {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    private String login;
    private String password;
    private String next;
    private String reason;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(login == null ? "" : login.strip(),
                                new Password(password == null ? "" : password))));
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + safeNext());
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                password = null;
                Object wait = external.getRequestMap().get(ShokubaAuthenticationMechanism.WAIT);
                if (wait != null) {
                    messages.error("login.throttled", wait);
                } else {
                    messages.error("login.failed");
                }
            }
        }
    }

    private String safeNext() {
        boolean local = next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.startsWith(Paths.LOGIN_PAGE);
        return local ? next : "/index.xhtml";
    }

    /** The notice above the form: why the person is here. */
    public String notice() {
        if (reason == null) {
            return null;
        }
        return switch (reason) {
            case "expired" -> "login.expired";
            case "ended" -> "login.ended";
            case "lifetime" -> "login.lifetime";
            case "signedOut" -> "login.signedOut";
            case "csrf" -> "login.csrf";
            default -> null;
        };
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
