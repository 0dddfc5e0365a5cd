package jp.shokuba.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One link of the audit chain. Its {@link #hash()} is SHA-256 over the previous entry's hash and
 * this entry's own content ({@link ChainHash}); changing any field, or removing an entry, breaks
 * the chain at that point.
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String objectType,
                         String objectId, String remoteAddress, String detail,
                         String previousHash, String hash) {

    /** The previous hash of the very first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** Links a new entry to the chain whose last hash is {@code previousHash}. */
    public static AuditEntry append(long id, Instant at, String actor, String remoteAddress,
                                    AuditEvent event, String previousHash) {
        Instant occurredAt = at.truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
        AuditEntry unsealed = new AuditEntry(id, occurredAt, actor, event.action(), event.objectType(),
                event.objectId(), remoteAddress, event.detail(), previousHash, null);
        return unsealed.withHash(ChainHash.of(unsealed));
    }

    /** Whether the stored hash still matches the entry's content. */
    public boolean contentIntact() {
        return ChainHash.of(this).equals(hash);
    }

    private AuditEntry withHash(String sealed) {
        return new AuditEntry(id, occurredAt, actor, action, objectType, objectId, remoteAddress, detail,
                previousHash, sealed);
    }
}
