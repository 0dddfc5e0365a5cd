/** The outbox table by JDBC and the SMTP client. */
package jp.shokuba.mail.infrastructure;
