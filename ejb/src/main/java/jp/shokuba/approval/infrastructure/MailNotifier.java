package jp.shokuba.approval.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.shokuba.approval.application.ApprovalNotice;
import jp.shokuba.mail.application.MailQueue;
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
    MailQueue mail;

    void onNotice(@Observes ApprovalNotice notice) {
        mail.queueTo(notice.toLogin(), MailText.subject(notice), name -> MailText.body(notice, name, baseUrl));
    }
}
