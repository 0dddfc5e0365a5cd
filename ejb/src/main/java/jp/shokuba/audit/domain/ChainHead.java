package jp.shokuba.audit.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The head of the sealed chain at one moment, published each day so that the city can keep it outside the
 * database: the last sealed entry's id, how many links the chain had ({@code count}, which is that link's
 * sequence number) and that link's hash. A chain rewritten or cut back afterwards no longer passes through it.
 *
 * @param signature HMAC-SHA256 of {@link #text()} under the audit head key, in hex
 */
public record ChainHead(LocalDate day, long lastEntryId, long count, String hash, String signature) {

    public ChainHead {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(hash, "hash");
    }

    /** What is signed: {@code date lastId count hash}. */
    public String text() {
        return day + " " + lastEntryId + " " + count + " " + hash;
    }

    /** One line of the published file: {@code date lastId count hash signature}. */
    public String line() {
        return text() + " " + signature;
    }
}
