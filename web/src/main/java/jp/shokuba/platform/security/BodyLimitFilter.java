package jp.shokuba.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import jp.shokuba.platform.rest.BodyTooLargeException;
import jp.shokuba.platform.rest.Problem;

/**
 * Applies {@link BodyLimits} to every request, first of all filters (web.xml maps it first): a declared
 * Content-Length over the cap is answered 413 without reading the body; a body without one (chunked) is
 * read through a stream that stops at the cap ({@link BodyTooLargeException}, answered 413 by the API's
 * exception mappers). Pages must declare their length (browsers always do), since the container parses
 * form fields and multipart parts from its own stream. State-changing API calls in a content type their
 * endpoint does not take are answered 415.
 */
public class BodyLimitFilter extends HttpFilter {

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong(); // -1: chunked, an HTTP/2 stream, or no body at all
        String type = BodyLimits.mediaType(request.getContentType());
        boolean changing = STATE_CHANGING.contains(request.getMethod());
        long max;
        if (Paths.isApi(request)) {
            BodyLimits.Endpoint endpoint = BodyLimits.ofApi(request.getMethod(), Paths.within(request));
            if (changing) {
                var refused = BodyLimits.refusal(endpoint, type, length > 0);
                if (refused.isPresent()) {
                    refuse(request, response, Problem.of(415, "unsupported-media-type", "Unsupported Media Type",
                            refused.get()), endpoint.maxBytes());
                    return;
                }
            }
            max = endpoint.maxBytes();
        } else {
            if (changing && length < 0 && !type.isEmpty()) {
                refuse(request, response, Problem.of(411, "length-required", "Length Required",
                        "本文の長さ（Content-Length）を付けて送ってください。"), 0);
                return;
            }
            max = "multipart/form-data".equals(type) ? BodyLimits.PAGE_MULTIPART_BYTES : BodyLimits.PAGE_FORM_BYTES;
        }
        if (length > max) {
            refuse(request, response, BodyTooLargeException.tooLarge(max), 2 * max);
            return;
        }
        if (length == 0) {
            chain.doFilter(request, response);
            return;
        }
        Bounded bounded = new Bounded(request, max);
        try {
            chain.doFilter(bounded, response);
        } finally {
            if (bounded.overflowed()) {
                discardSome(request, max); // HTTP/2 only: see refuse
            }
        }
    }

    /**
     * Answers without reading the body. Over HTTP/1.1 the connection is closed, so the body is never drained
     * either. HTTP/2 (a Java client's h2c upgrade) forbids {@code Connection: close}, and a stream whose data
     * nobody reads keeps the connection's flow-control window, so its next requests would hang: a body of at
     * most {@code affordable} bytes is read and thrown away; a larger one stalls only the sender's connection.
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, Problem problem,
                               long affordable) throws IOException {
        if (request.getProtocol().startsWith("HTTP/1")) {
            response.setHeader("Connection", "close");
        } else if (request.getContentLengthLong() <= affordable) {
            discardSome(request, affordable);
        }
        problem.writeTo(response);
    }

    private static void discardSome(HttpServletRequest request, long limit) {
        if (request.getProtocol().startsWith("HTTP/1")) {
            return;
        }
        try {
            byte[] sink = new byte[64 * 1024];
            var in = request.getInputStream();
            for (long read = 0; read < limit; ) {
                int n = in.read(sink);
                if (n < 0) {
                    return;
                }
                read += n;
            }
        } catch (IOException | IllegalStateException gone) {
            // the client went away or the body was taken as a reader; nothing more to do
        }
    }

    /** The request with its body readable up to {@code max} bytes. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final long max;
        private BoundedStream stream;

        Bounded(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new BoundedStream(super.getInputStream(), max);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        boolean overflowed() {
            return stream != null && stream.read > max;
        }
    }

    private static final class BoundedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long max;
        private long read;

        BoundedStream(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, (int) Math.min(length, max - read + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > max) {
                throw new BodyTooLargeException(max);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
