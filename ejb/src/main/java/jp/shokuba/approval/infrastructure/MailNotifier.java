package jp.shokuba.approval.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.shokuba.approval.application.ApprovalNotice;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.directory.application.StaffSummary;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mails approval notices through the city's SMTP server ({@code shokuba.mail.host}/{@code .port}), after the
 * transaction that caused them commits and off the request's thread. With no host configured, mail is off and
 * notices are only logged. A failed send is logged and never undoes the decision.
 */
@ApplicationScoped
public class MailNotifier {

    private static final Logger LOG = Logger.getLogger(MailNotifier.class.getName());

    @Inject
    @ConfigProperty(name = "shokuba.mail.host")
    java.util.Optional<String> host;

    @Inject
    @ConfigProperty(name = "shokuba.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "shokuba.mail.from", defaultValue = "shokuba@city-hall.example")
    String from;

    @Inject
    @ConfigProperty(name = "shokuba.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    DirectoryService directory;

    @Resource
    ManagedExecutorService executor;

    void onNotice(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApprovalNotice notice) {
        if (host.isEmpty() || host.get().isBlank()) {
            LOG.fine(() -> "mail off: " + notice);
            return;
        }
        executor.submit(() -> send(notice));
    }

    private void send(ApprovalNotice n) {
        try {
            StaffSummary to = directory.findStaff(n.toLogin()).orElse(null);
            if (to == null) {
                return;
            }
            Properties p = new Properties();
            p.put("mail.smtp.host", host.get());
            p.put("mail.smtp.port", Integer.toString(port));
            p.put("mail.smtp.connectiontimeout", "5000");
            p.put("mail.smtp.timeout", "5000");
            MimeMessage m = new MimeMessage(Session.getInstance(p));
            m.setFrom(new InternetAddress(from, "職場 Shokuba", "UTF-8"));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(to.email(), to.name(), "UTF-8"));
            m.setSubject(MailText.subject(n), "UTF-8");
            m.setText(MailText.body(n, to.name(), baseUrl), "UTF-8");
            Transport.send(m);
        } catch (MessagingException | java.io.UnsupportedEncodingException | RuntimeException e) {
            LOG.log(Level.WARNING, "notice not mailed: " + n, e);
        }
    }
}
