package jp.shokuba.mail.application;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.shokuba.mail.domain.Mailer;
import jp.shokuba.mail.domain.Outbox;
import jp.shokuba.mail.domain.QueuedMail;
import jp.shokuba.mail.domain.RetryPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends what is due in the outbox: every few seconds, and whenever a transaction that queued mail commits. One
 * round at a time (a call during a round makes the round look again instead of running beside it); each mail
 * either is marked sent or gets its error and its next attempt by the {@link RetryPolicy}. No transaction of its
 * own: each step commits by itself, so a slow mail server holds no locks.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
    private static final int BATCH = 20;
    /** Longer than one send can take (two five-second timeouts), so a claimed mail is not taken twice. */
    private static final Duration LEASE = Duration.ofSeconds(30);

    @Inject
    Outbox outbox;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "shokuba.mail.retry.first-seconds", defaultValue = "30")
    long firstRetrySeconds;

    @Inject
    @ConfigProperty(name = "shokuba.mail.retry.longest-seconds", defaultValue = "3600")
    long longestRetrySeconds;

    @Inject
    @ConfigProperty(name = "shokuba.mail.retry.stuck-after", defaultValue = "5")
    int stuckAfter;

    private final AtomicInteger requests = new AtomicInteger();

    public RetryPolicy policy() {
        return new RetryPolicy(Duration.ofSeconds(firstRetrySeconds), Duration.ofSeconds(longestRetrySeconds), stuckAfter);
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void everyFewSeconds() {
        sendDue();
    }

    public void sendDue() {
        if (!mailer.enabled() || requests.getAndIncrement() > 0) {
            return;
        }
        try {
            int seen;
            do {
                seen = requests.get();
                List<QueuedMail> due;
                do {
                    due = outbox.claimDue(clock.instant(), LEASE, BATCH);
                    due.forEach(this::send);
                } while (due.size() == BATCH);
            } while (!requests.compareAndSet(seen, 0));
        } catch (RuntimeException e) {
            requests.set(0);
            LOG.log(Level.WARNING, "mail outbox unreadable; tried again shortly", e);
        }
    }

    private void send(QueuedMail queued) {
        try {
            mailer.send(queued.mail());
            outbox.markSent(queued.id(), clock.instant());
        } catch (Mailer.MailNotSent e) {
            int failures = queued.attempts() + 1;
            RetryPolicy policy = policy();
            Instant next = clock.instant().plus(policy.pauseAfter(failures));
            outbox.markFailed(queued.id(), failures, e.getMessage(), next);
            // once when it first fails and once when it becomes stuck: a long outage must not flood the log
            Level level = failures == policy.stuckAfter() ? Level.WARNING : failures == 1 ? Level.INFO : Level.FINE;
            LOG.log(level, () -> "mail " + queued.id() + " to " + queued.mail().recipientLogin() + " not sent (attempt "
                    + failures + "), next at " + next + ": " + e.getMessage());
        }
    }
}
