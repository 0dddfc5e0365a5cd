package jp.shokuba.audit.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where the chain is kept. Appending must be serialised so that each entry sees its true predecessor. */
public interface AuditLog {

    /** Takes the chain's lock for the current transaction and returns the hash of the last entry. */
    String lockAndReadLastHash();

    long nextId();

    void append(AuditEntry entry);

    /** Streams all entries in chain order. */
    void forEachInOrder(Consumer<AuditEntry> visitor);

    List<AuditEntry> forObject(String objectType, String objectId);

    List<AuditEntry> latest(int first, int max);

    long count();

    /** The query's page of entries, newest first, with the query's total. */
    AuditEntries search(AuditQuery query);

    Optional<AuditEntry> byId(long id);
}
