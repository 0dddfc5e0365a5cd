/** What the outbox knows: a mail, its delivery so far, the retry policy, and the outbox and mailer ports. */
package jp.shokuba.mail.domain;
