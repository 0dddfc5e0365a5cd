package jp.shokuba.mail.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.function.Function;
import java.util.logging.Logger;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.mail.domain.Mail;
import jp.shokuba.mail.domain.Mailer;
import jp.shokuba.mail.domain.Outbox;

/**
 * Where contexts hand over mail: it is written to the outbox in the caller's transaction (there must be one), and
 * once that transaction commits the sender is woken, so a notice usually leaves at once; a rolled-back change
 * leaves no mail behind. With mail off nothing is queued.
 */
@ApplicationScoped
public class MailQueue {

    private static final Logger LOG = Logger.getLogger(MailQueue.class.getName());

    @Inject
    Outbox outbox;

    @Inject
    DirectoryService directory;

    @Inject
    Mailer mailer;

    @Inject
    MailDispatcher dispatcher;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    ManagedExecutorService executor;

    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(Mail mail) {
        if (!mailer.enabled()) {
            LOG.fine(() -> "mail off: " + mail.subject() + " to " + mail.recipientLogin());
            return;
        }
        outbox.add(mail);
        wakeSenderAfterCommit();
    }

    /** Queues a mail to a member of staff at their address, its body written for their name; no address, no mail. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queueTo(String login, String subject, Function<String, String> bodyForName) {
        directory.findStaff(login).filter(to -> to.email() != null && !to.email().isBlank())
                .ifPresent(to -> queue(new Mail(to.login(), to.name(), to.email(), subject, bodyForName.apply(to.name()))));
    }

    /** Once the caller's transaction commits, the sender looks for due mail at once rather than at its next round. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void wakeSenderAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    executor.submit(dispatcher::sendDue);
                }
            }
        });
    }
}
