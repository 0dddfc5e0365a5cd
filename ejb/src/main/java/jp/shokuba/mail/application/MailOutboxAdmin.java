package jp.shokuba.mail.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEvent;
import jp.shokuba.mail.domain.Outbox;
import jp.shokuba.mail.domain.QueuedMail;
import jp.shokuba.mail.domain.RetryPolicy;
import jp.shokuba.platform.BusinessException;

/** For administrators: the mail not sent yet, which of it is stuck and why, and sending one again now. */
@Stateless
public class MailOutboxAdmin {

    static final int MAX_LINES = 500;

    @Inject
    Outbox outbox;

    @Inject
    MailDispatcher dispatcher;

    @Inject
    MailQueue queue;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** One unsent mail as the admin page and API show it; {@code lastError} is null before the first attempt. */
    public record Line(long id, Instant createdAt, String recipientLogin, String recipientAddress, String subject,
                       int attempts, Instant nextAttemptAt, String lastError, boolean stuck) {

        static Line of(QueuedMail q, RetryPolicy policy) {
            return new Line(q.id(), q.createdAt(), q.mail().recipientLogin(), q.mail().recipientAddress(),
                    q.mail().subject(), q.attempts(), q.nextAttemptAt(), q.lastError().orElse(null),
                    policy.stuck(q.attempts()));
        }
    }

    /** Unsent mail, oldest first, at most {@value #MAX_LINES}. */
    public List<Line> unsent() {
        RetryPolicy policy = dispatcher.policy();
        return outbox.unsent(MAX_LINES).stream().map(q -> Line.of(q, policy)).toList();
    }

    /** Makes the mail due now and wakes the sender once this commits; its failures so far are kept. */
    public void retryNow(String actor, long id) throws BusinessException {
        QueuedMail q = outbox.find(id).filter(m -> !m.sent())
                .orElseThrow(() -> BusinessException.notFound("mail.notFound", id));
        outbox.dueNow(id, clock.instant());
        audit.recordAs(actor, AuditEvent.of("mail.retried", "Mail", id).withDetail(q.mail().recipientLogin()));
        queue.wakeSenderAfterCommit();
    }
}
