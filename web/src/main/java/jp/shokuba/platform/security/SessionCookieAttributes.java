package jp.shokuba.platform.security;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives the session cookie {@code SameSite=Lax}, and {@code Secure} when the request came over TLS, on the
 * {@code Set-Cookie} header itself. Payara 6 writes the session cookie without the {@code SameSite} that web.xml's
 * {@code cookie-config} asks for, so the header the container added is rewritten just before the response is
 * committed: at the first byte of the body, a redirect, an error or the end of the request.
 */
final class SessionCookieAttributes extends HttpServletResponseWrapper {

    private static final String SET_COOKIE = "Set-Cookie";

    private final String cookieName;
    private final boolean secure;
    private ServletOutputStream stream;
    private PrintWriter writer;

    SessionCookieAttributes(HttpServletResponse response, String cookieName, boolean secure) {
        super(response);
        this.cookieName = cookieName + "=";
        this.secure = secure;
    }

    /** Rewrites the session cookie's header while headers can still change; cheap when there is none. */
    void settle() {
        HttpServletResponse response = (HttpServletResponse) getResponse();
        if (response.isCommitted() || !response.containsHeader(SET_COOKIE)) {
            return;
        }
        List<String> cookies = new ArrayList<>(response.getHeaders(SET_COOKIE));
        boolean changed = false;
        for (int i = 0; i < cookies.size(); i++) {
            String c = cookies.get(i);
            if (c.startsWith(cookieName)) {
                String fixed = c;
                if (!c.toLowerCase(java.util.Locale.ROOT).contains("samesite")) {
                    fixed += "; SameSite=Lax";
                }
                if (secure && !c.toLowerCase(java.util.Locale.ROOT).matches(".*;\\s*secure\\b.*")) {
                    fixed += "; Secure";
                }
                changed |= !fixed.equals(c);
                cookies.set(i, fixed);
            }
        }
        if (changed) {
            response.setHeader(SET_COOKIE, cookies.get(0));
            cookies.subList(1, cookies.size()).forEach(c -> response.addHeader(SET_COOKIE, c));
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            ServletOutputStream out = super.getOutputStream();
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    settle();
                    out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    settle();
                    out.write(b, off, len);
                }

                @Override
                public void flush() throws IOException {
                    settle();
                    out.flush();
                }

                @Override
                public void close() throws IOException {
                    settle();
                    out.close();
                }

                @Override
                public boolean isReady() {
                    return out.isReady();
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    out.setWriteListener(listener);
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            PrintWriter out = super.getWriter();
            writer = new PrintWriter(new Writer() {
                @Override
                public void write(char[] buffer, int off, int len) {
                    settle();
                    out.write(buffer, off, len);
                }

                @Override
                public void write(String s, int off, int len) {
                    settle();
                    out.write(s, off, len);
                }

                @Override
                public void flush() {
                    settle();
                    out.flush();
                }

                @Override
                public void close() {
                    settle();
                    out.close();
                }
            });
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        settle();
        super.flushBuffer();
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        settle();
        super.sendRedirect(location);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        settle();
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        settle();
        super.sendError(sc);
    }
}
