-- Mail waiting to be sent: written in the transaction of the business change that causes it, so a committed
-- decision always has its notice and a rolled-back one never has. A sender delivers it with retries; a mail that
-- failed many times stays here, with its last error, for an administrator to see.
CREATE SCHEMA mail;

CREATE TABLE mail.outbox (
    id                bigserial    PRIMARY KEY,
    created_at        timestamptz  NOT NULL DEFAULT now(),
    recipient_login   varchar(64)  NOT NULL,
    recipient_name    text         NOT NULL,
    recipient_address text         NOT NULL,
    subject           text         NOT NULL,
    body              text         NOT NULL,
    attempts          integer      NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at   timestamptz  NOT NULL DEFAULT now(),
    last_error        text,
    sent_at           timestamptz
);

CREATE INDEX outbox_due ON mail.outbox (next_attempt_at) WHERE sent_at IS NULL;
