package jp.shokuba.mail.domain;

/** The mail server's side: hands one mail over, or says why it could not. */
public interface Mailer {

    /** False when no mail server is configured: mail is then off. */
    boolean enabled();

    void send(Mail mail) throws MailNotSent;

    /** The mail server refused the mail or could not be reached. */
    final class MailNotSent extends Exception {
        private static final long serialVersionUID = 1L;

        public MailNotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
