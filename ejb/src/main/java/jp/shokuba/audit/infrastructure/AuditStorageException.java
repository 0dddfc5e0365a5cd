package jp.shokuba.audit.infrastructure;

/** The audit table could not be read or written; the surrounding transaction must not commit without it. */
public class AuditStorageException extends RuntimeException {

    public AuditStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
