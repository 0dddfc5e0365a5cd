/** Queueing mail in the caller's transaction, the sender with its retries, and the administrators' view. */
package jp.shokuba.mail.application;
