/** The mail outbox page for administrators ({@code /admin/mail-outbox.xhtml}). */
package jp.shokuba.mail.web;
