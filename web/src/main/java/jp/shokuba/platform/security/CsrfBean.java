package jp.shokuba.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The CSRF token for plain HTML forms and for scripts that call the API from a page. */
@Named("csrf")
@RequestScoped
public class CsrfBean {

    @Inject
    HttpServletRequest request;

    public String getToken() {
        return CsrfToken.of(request.getSession(true));
    }
}
