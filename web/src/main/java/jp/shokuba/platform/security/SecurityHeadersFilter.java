package jp.shokuba.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers that tell the browser to refuse framing by other sites, MIME sniffing, leaking URLs, script from
 * anywhere but here (no {@code eval}) and connections to other hosts; over TLS, to come back only over TLS
 * (HSTS). The session cookie gets {@code SameSite=Lax} (and {@code Secure} over TLS) here too
 * ({@link SessionCookieAttributes}). A request counts as TLS when the server saw it so, or when the
 * reverse proxy in front says so ({@code X-Forwarded-Proto: https}).
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "geolocation=(), microphone=(), camera=(self)");
        response.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; "
                + "style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; "
                + "connect-src 'self'; frame-ancestors 'self'; form-action 'self'; object-src 'none'; "
                + "base-uri 'self'");
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        boolean tls = request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
        if (tls) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        SessionCookieAttributes cookies = new SessionCookieAttributes(response,
                request.getServletContext().getSessionCookieConfig().getName() == null ? "JSESSIONID"
                        : request.getServletContext().getSessionCookieConfig().getName(), tls);
        try {
            chain.doFilter(request, cookies);
        } finally {
            cookies.settle();
        }
    }
}
