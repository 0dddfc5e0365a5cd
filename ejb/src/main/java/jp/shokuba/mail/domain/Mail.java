package jp.shokuba.mail.domain;

import java.util.Objects;

/** A mail to one person, as it will be sent. */
public record Mail(String recipientLogin, String recipientName, String recipientAddress, String subject, String body) {

    public Mail {
        Objects.requireNonNull(recipientLogin, "recipientLogin");
        Objects.requireNonNull(recipientName, "recipientName");
        Objects.requireNonNull(recipientAddress, "recipientAddress");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
