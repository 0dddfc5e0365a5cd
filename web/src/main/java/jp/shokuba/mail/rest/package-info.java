/** The mail outbox over HTTP for administrators ({@code /api/v1/admin/mail-outbox}). */
package jp.shokuba.mail.rest;
