package jp.shokuba.audit.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the trail is kept. Appending takes no lock: each entry is written unsealed by its action's transaction,
 * and sealing links the committed ones into the chain later, one sealer at a time.
 */
public interface AuditLog {

    /** Writes an unsealed entry in the caller's transaction; returns it with its id. */
    AuditEntry append(Instant occurredAt, String actor, String remoteAddress, AuditEvent event);

    /** Takes the sealer's lock for the current transaction if nobody holds it (or, with {@code wait}, once they let go). */
    boolean lockSealing(boolean wait);

    /** The last link of the chain: its sequence number and hash (0 and {@link AuditEntry#GENESIS} for none). */
    Link lastLink();

    /**
     * Committed entries not yet sealed, in id order: among those recorded within {@code recent} (the sealer's
     * every-second round), or all of them when {@code recent} is null.
     */
    List<AuditEntry> unsealed(Duration recent, int max);

    /** Ids of entries recorded more than {@code age} ago and still unsealed. */
    List<Long> unsealedOlderThan(Duration age, int max);

    /** Adds sealed entries to the chain, numbered from {@code firstSeq} on. */
    void seal(long firstSeq, List<AuditEntry> sealed);

    /** Streams the chain in order, with a null-content entry where a link's entry row is gone. */
    void forEachLink(Consumer<AuditEntry> visitor);

    List<AuditEntry> forObject(String objectType, String objectId);

    long count();

    Optional<AuditEntry> byId(long id);

    /** The query's page of entries, newest first, with the query's total. */
    AuditEntries search(AuditQuery query);

    /** Keeps a published head. */
    void publish(ChainHead head);

    /** Every published head, oldest first. */
    List<ChainHead> heads();

    /** Keeps the outcome of a verification. */
    void remember(VerificationRun run);

    Optional<VerificationRun> lastVerification();

    /** A link: its place in the chain and its hash. */
    record Link(long seq, long entryId, String hash) {
    }
}
