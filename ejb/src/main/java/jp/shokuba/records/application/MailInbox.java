package jp.shokuba.records.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.shokuba.records.infrastructure.IntakeRefusal;
import jp.shokuba.records.infrastructure.IntakeStorage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The records mailbox (IMAP, polled): every attachment of a message is taken in as a file, a message without one as
 * the message itself ({@code .eml}, which Tika reads). A message is deleted from the mailbox only after all of its
 * files are recorded; one the intake refuses is moved to the folder {@code <folder>.rejected} for a person to look
 * at. A crash in between leaves the message, and its files come in again as duplicates of what was recorded.
 * Off when no host is configured.
 */
@ApplicationScoped
public class MailInbox {

    private static final Logger LOG = Logger.getLogger(MailInbox.class.getName());
    private static final int TIMEOUT_MS = 20_000;

    @Inject
    @ConfigProperty(name = "shokuba.records.imap.host", defaultValue = " ")
    String host;

    @Inject
    @ConfigProperty(name = "shokuba.records.imap.port", defaultValue = "993")
    int port;

    @Inject
    @ConfigProperty(name = "shokuba.records.imap.ssl", defaultValue = "true")
    boolean ssl;

    @Inject
    @ConfigProperty(name = "shokuba.records.imap.user", defaultValue = " ")
    String user;

    @Inject
    @ConfigProperty(name = "shokuba.records.imap.password", defaultValue = " ")
    String password;

    @Inject
    @ConfigProperty(name = "shokuba.records.imap.folder", defaultValue = "INBOX")
    String folderName;

    @Inject
    IntakeStorage storage;

    @Inject
    IntakeService intake;

    private boolean reachable = true;

    public boolean configured() {
        return !host.isBlank();
    }

    public synchronized void poll() {
        if (!configured()) {
            return;
        }
        String protocol = ssl ? "imaps" : "imap";
        try (Store store = session(protocol).getStore(protocol)) {
            store.connect(host.strip(), port, user.strip(), password.strip());
            reachable(true, null);
            Folder inbox = store.getFolder(folderName);
            inbox.open(Folder.READ_WRITE);
            try {
                for (Message m : inbox.getMessages()) {
                    if (!m.isSet(Flags.Flag.DELETED)) {
                        take(store, inbox, m);
                    }
                }
            } finally {
                inbox.close(true);
            }
        } catch (MessagingException e) {
            reachable(false, e);
        }
    }

    private void take(Store store, Folder inbox, Message m) throws MessagingException {
        String source = "mail:" + sender(m);
        try {
            List<MailFiles.File> files = MailFiles.of(m);
            for (MailFiles.File f : files) {
                IntakeStorage.Staged staged = storage.stage(f.content());
                try {
                    intake.receive(staged, f.name(), f.contentType(), source, null, null);
                } finally {
                    storage.release(staged);
                }
            }
            m.setFlag(Flags.Flag.DELETED, true);
        } catch (IntakeRefusal refused) {
            LOG.warning(() -> "a message from " + source + " was refused (" + refused.reason() + "); moved to "
                    + folderName + ".rejected");
            Folder rejected = store.getFolder(folderName + ".rejected");
            if (!rejected.exists()) {
                rejected.create(Folder.HOLDS_MESSAGES);
            }
            inbox.copyMessages(new Message[] {m}, rejected);
            m.setFlag(Flags.Flag.DELETED, true);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot take a message from " + source + "; it stays for the next poll", e);
        }
    }

    private Session session(String protocol) {
        Properties p = new Properties();
        p.setProperty("mail.store.protocol", protocol);
        p.setProperty("mail." + protocol + ".connectiontimeout", Integer.toString(TIMEOUT_MS));
        p.setProperty("mail." + protocol + ".timeout", Integer.toString(TIMEOUT_MS));
        return Session.getInstance(p);
    }

    /** The sender's address alone (no display name), within the 100 characters a source may have. */
    private static String sender(Message m) throws MessagingException {
        Address[] from = m.getFrom();
        String address = from != null && from.length > 0 && from[0] instanceof InternetAddress a ? a.getAddress()
                : "unknown";
        return address.length() > 90 ? address.substring(0, 90) : address;
    }

    /** Says once when the mailbox stops answering and once when it answers again, not at every poll. */
    private void reachable(boolean now, MessagingException cause) {
        if (now != reachable) {
            if (now) {
                LOG.info(() -> "the records mailbox " + host.strip() + ":" + port + " answers again");
            } else {
                LOG.log(Level.WARNING, "cannot read the records mailbox " + host.strip() + ":" + port
                        + "; mail waits there", cause);
            }
        }
        reachable = now;
    }
}
