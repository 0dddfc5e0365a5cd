package jp.shokuba.mail.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Optional;
import java.util.Properties;
import jp.shokuba.mail.domain.Mail;
import jp.shokuba.mail.domain.Mailer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The city's SMTP server ({@code shokuba.mail.host}/{@code .port}); no host configured means mail is off. */
@ApplicationScoped
public class SmtpMailer implements Mailer {

    @Inject
    @ConfigProperty(name = "shokuba.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "shokuba.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "shokuba.mail.from", defaultValue = "shokuba@city-hall.example")
    String from;

    @Override
    public boolean enabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    @Override
    public void send(Mail mail) throws MailNotSent {
        try {
            Properties p = new Properties();
            p.put("mail.smtp.host", host.orElseThrow());
            p.put("mail.smtp.port", Integer.toString(port));
            p.put("mail.smtp.connectiontimeout", "5000");
            p.put("mail.smtp.timeout", "5000");
            MimeMessage m = new MimeMessage(Session.getInstance(p));
            m.setFrom(new InternetAddress(from, "職場 Shokuba", "UTF-8"));
            m.setRecipient(Message.RecipientType.TO,
                    new InternetAddress(mail.recipientAddress(), mail.recipientName(), "UTF-8"));
            m.setSubject(mail.subject(), "UTF-8");
            m.setText(mail.body(), "UTF-8");
            Transport.send(m);
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
            throw new MailNotSent(describe(e), e);
        }
    }

    /** The message of the failure and of its causes, such as "Couldn't connect to host … : Connection refused". */
    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 500; t = t.getCause()) {
            text.append(text.isEmpty() ? "" : " ← ").append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }
}
