package jp.shokuba.platform.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/**
 * Serves the {@code /openapi} document as {@code application/yaml} (RFC 9512), or as JSON on {@code ?format=json}
 * or {@code Accept: application/json}. Payara's own endpoint names its YAML {@code text/plain} and refuses
 * {@code Accept: application/yaml} (406), so the request it sees asks for one of its two types, and the YAML
 * answer is renamed on its way out.
 */
@WebFilter(filterName = "openApiMediaType", urlPatterns = {"/openapi", "/openapi/*"})
public class OpenApiMediaTypeFilter extends HttpFilter {

    static final String YAML = "application/yaml";
    private static final String JSON = "application/json";
    private static final String PAYARAS_YAML = "text/plain";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String accept = wantsJson(request) ? JSON : PAYARAS_YAML;
        chain.doFilter(new AskingFor(request, accept), new NamingYaml(response));
    }

    static boolean wantsJson(HttpServletRequest request) {
        String format = request.getParameter("format");
        if (format != null) {
            return "json".equalsIgnoreCase(format);
        }
        String accept = request.getHeader("Accept");
        if (accept == null) {
            return false;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        return lower.contains(JSON) && !lower.contains("yaml");
    }

    /** The request with one {@code Accept} type (a {@code format} parameter, which Payara also reads, agrees with it). */
    private static final class AskingFor extends HttpServletRequestWrapper {
        private final String accept;

        AskingFor(HttpServletRequest request, String accept) {
            super(request);
            this.accept = accept;
        }

        @Override
        public String getHeader(String name) {
            return "Accept".equalsIgnoreCase(name) ? accept : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames());
            if (names.stream().noneMatch("Accept"::equalsIgnoreCase)) {
                names.add("Accept");
            }
            return Collections.enumeration(names);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Accept".equalsIgnoreCase(name) ? Collections.enumeration(List.of(accept)) : super.getHeaders(name);
        }
    }

    private static final class NamingYaml extends HttpServletResponseWrapper {
        NamingYaml(HttpServletResponse response) {
            super(response);
        }

        private static String renamed(String type) {
            return type != null && type.toLowerCase(Locale.ROOT).startsWith(PAYARAS_YAML) ? YAML : type;
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(renamed(type));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Content-Type".equalsIgnoreCase(name) ? renamed(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, "Content-Type".equalsIgnoreCase(name) ? renamed(value) : value);
        }
    }
}
