package jp.shokuba.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One entry of the audit trail and, once sealed, its link in the chain. Its {@link #hash()} is SHA-256 over the
 * previous link's hash and this entry's own content ({@link ChainHash}); changing any field, or removing an entry,
 * breaks the chain at that point. An entry is written unsealed (no {@code previousHash} or {@code hash}) by the
 * transaction that did the action, and sealed into the chain shortly after it committed ({@link #sealedAfter}).
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String objectType,
                         String objectId, String remoteAddress, String detail,
                         String previousHash, String hash) {

    /** The previous hash of the very first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** Links a new entry to the chain whose last hash is {@code previousHash}. */
    public static AuditEntry append(long id, Instant at, String actor, String remoteAddress,
                                    AuditEvent event, String previousHash) {
        return unsealed(id, at, actor, remoteAddress, event).sealedAfter(previousHash);
    }

    /** An entry as the action's transaction writes it: its content, not yet linked into the chain. */
    public static AuditEntry unsealed(long id, Instant at, String actor, String remoteAddress, AuditEvent event) {
        Instant occurredAt = at.truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
        return new AuditEntry(id, occurredAt, actor, event.action(), event.objectType(), event.objectId(), remoteAddress,
                event.detail(), null, null);
    }

    /** This entry linked to the chain whose last hash is {@code previous}. */
    public AuditEntry sealedAfter(String previous) {
        AuditEntry linked = new AuditEntry(id, occurredAt, actor, action, objectType, objectId, remoteAddress, detail,
                previous, null);
        return linked.withHash(ChainHash.of(linked));
    }

    public boolean sealed() {
        return hash != null;
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
