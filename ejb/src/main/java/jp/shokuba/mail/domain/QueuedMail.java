package jp.shokuba.mail.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * A mail in the outbox with its delivery so far: how often sending failed, the last error, when it is next tried,
 * and when it was sent.
 */
public record QueuedMail(long id, Instant createdAt, Mail mail, int attempts, Instant nextAttemptAt,
                         Optional<String> lastError, Optional<Instant> sentAt) {

    public boolean sent() {
        return sentAt.isPresent();
    }
}
