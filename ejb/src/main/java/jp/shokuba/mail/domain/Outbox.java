package jp.shokuba.mail.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The mail waiting to be sent, and what became of it. */
public interface Outbox {

    /** Writes the mail in the caller's transaction; it is due at once. */
    long add(Mail mail);

    /**
     * Takes up to {@code max} due mails for one sender: each is put off by {@code lease}, so another sender (or the
     * next round) does not take it while this one sends it. Committed on return.
     */
    List<QueuedMail> claimDue(Instant now, Duration lease, int max);

    void markSent(long id, Instant at);

    void markFailed(long id, int attempts, String error, Instant nextAttempt);

    /** Unsent mail, oldest first. */
    List<QueuedMail> unsent(int max);

    Optional<QueuedMail> find(long id);

    /** Makes an unsent mail due now; false if there is no such unsent mail. */
    boolean dueNow(long id, Instant now);
}
