package jp.shokuba.platform.rest;

import java.io.IOException;

/**
 * A request body ran past its endpoint's cap while it was being read (one without a Content-Length, say
 * chunked). The exception mappers answer it with 413 wherever in a cause chain it turns up.
 */
public class BodyTooLargeException extends IOException {

    private final long maxBytes;

    public BodyTooLargeException(long maxBytes) {
        super("request body larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public Problem problem() {
        return tooLarge(maxBytes);
    }

    public static Problem tooLarge(long maxBytes) {
        return Problem.of(413, "payload-too-large", "Content Too Large",
                "リクエストの本文が大きすぎます（この API の上限は " + maxBytes + " バイトです）。");
    }

    /** The first {@code BodyTooLargeException} among {@code e} and its causes. */
    public static java.util.Optional<BodyTooLargeException> in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return java.util.Optional.of(tooLarge);
            }
        }
        return java.util.Optional.empty();
    }
}
