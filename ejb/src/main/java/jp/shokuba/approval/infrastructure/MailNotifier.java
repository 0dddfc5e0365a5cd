package jp.shokuba.approval.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.shokuba.approval.application.ApprovalNotice;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.mail.application.MailQueue;
import jp.shokuba.mail.domain.Mail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts each approval notice in the mail outbox inside the transaction that caused it: the decision and its
 * notice commit together or not at all, and the outbox's sender delivers it, retrying while the mail server fails.
 * A person without a mail address gets no mail.
 */
@ApplicationScoped
public class MailNotifier {

    @Inject
    @ConfigProperty(name = "shokuba.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    DirectoryService directory;

    @Inject
    MailQueue mail;

    void onNotice(@Observes ApprovalNotice notice) {
        directory.findStaff(notice.toLogin()).filter(to -> to.email() != null && !to.email().isBlank())
                .ifPresent(to -> mail.queue(new Mail(to.login(), to.name(), to.email(), MailText.subject(notice),
                        MailText.body(notice, to.name(), baseUrl))));
    }
}
