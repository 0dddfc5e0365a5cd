/**
 * Outgoing mail (メール送信): a transactional outbox. A notice is written to the outbox in the transaction of the
 * change that causes it, and a sender delivers it afterwards with retries and growing pauses; what keeps failing
 * is shown to administrators, who can send it again.
 */
package jp.shokuba.mail;
