package jp.shokuba.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.shokuba.platform.rest.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A WebSocket handshake rides on the session cookie and, unlike a fetch, is not held to the same-origin policy:
 * a page elsewhere could open one as the signed-in person. So a handshake whose {@code Origin} is not the
 * platform's own (the scheme and host the request came to, as the reverse proxy names them, or one listed in
 * {@code shokuba.allowed.origins}, comma-separated) is refused with 403 before the endpoint sees it. A handshake
 * without {@code Origin} comes from no browser and carries its own credentials.
 */
@WebFilter(filterName = "webSocketOrigin", urlPatterns = "/ws/*")
public class WebSocketOriginFilter extends HttpFilter {

    @Inject
    @ConfigProperty(name = "shokuba.allowed.origins")
    Optional<String> configured;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        if (origin == null || allowed(request, origin.strip().toLowerCase(Locale.ROOT))) {
            chain.doFilter(request, response);
            return;
        }
        Problem.of(403, "origin", "Forbidden", "この接続元（Origin）からは接続できません。").writeTo(response);
    }

    private boolean allowed(HttpServletRequest request, String origin) {
        String forwardedHost = request.getHeader("X-Forwarded-Host");
        String forwardedProto = request.getHeader("X-Forwarded-Proto");
        String host = (forwardedHost != null ? forwardedHost.split(",")[0] : request.getHeader("Host"));
        String scheme = forwardedProto != null ? forwardedProto.split(",")[0].strip() : request.getScheme();
        if (host != null && origin.equals((scheme + "://" + host.strip()).toLowerCase(Locale.ROOT))) {
            return true;
        }
        List<String> listed = configured.map(c -> Arrays.stream(c.split(",")).map(String::strip)
                .map(s -> s.toLowerCase(Locale.ROOT)).toList()).orElse(List.of());
        return listed.contains(origin);
    }
}
