package jp.shokuba.audit.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Walks the sealed chain in its order (the seal's sequence) and notes every link that does not fit: its content
 * no longer matches its hash (the row was edited), it does not follow the link before it (a link before it was
 * removed or rewritten), its entry is gone, or the sequence skips. Published heads are checkpoints: the chain must
 * pass through each one with the same entry and hash (else it was rewritten) and reach it at all (else it was cut
 * back); a head whose signature does not verify was not published by this platform. Entries left unsealed for
 * longer than the sealer may take are reported too.
 */
public final class ChainVerification {

    public enum Finding { CONTENT_ALTERED, CHAIN_BROKEN, ENTRY_MISSING, UNSEALED, HEAD_MISMATCH, CHAIN_TRUNCATED, HEAD_FORGED }

    public record Problem(long entryId, Finding finding) {
    }

    /** A head as published, and whether its signature verified under the key. */
    public record Checkpoint(ChainHead head, boolean signatureValid) {
    }

    private final List<Problem> problems = new ArrayList<>();
    private final TreeMap<Long, List<ChainHead>> headsByCount = new TreeMap<>();
    private String expectedPrevious = AuditEntry.GENESIS;
    private long checked;

    public ChainVerification() {
        this(List.of());
    }

    public ChainVerification(List<Checkpoint> heads) {
        for (Checkpoint c : heads) {
            if (!c.signatureValid()) {
                problems.add(new Problem(c.head().lastEntryId(), Finding.HEAD_FORGED));
            } else {
                headsByCount.computeIfAbsent(c.head().count(), n -> new ArrayList<>()).add(c.head());
            }
        }
    }

    /** The next link of the chain, in order. */
    public void accept(AuditEntry entry) {
        checked++;
        if (!entry.contentIntact()) {
            problems.add(new Problem(entry.id(), Finding.CONTENT_ALTERED));
        } else if (!entry.previousHash().equals(expectedPrevious)) {
            problems.add(new Problem(entry.id(), Finding.CHAIN_BROKEN));
        }
        expectedPrevious = entry.hash();
        passHeads(entry.id(), entry.hash());
    }

    /** A link whose entry row is gone; the links after it are still checked against its hash. */
    public void acceptMissing(long entryId, String hash) {
        checked++;
        problems.add(new Problem(entryId, Finding.ENTRY_MISSING));
        expectedPrevious = hash;
        passHeads(entryId, hash);
    }

    /** The heads published when the chain was as long as it is now must name this very link. */
    private void passHeads(long entryId, String hash) {
        for (ChainHead head : headsByCount.getOrDefault(checked, List.of())) {
            if (head.lastEntryId() != entryId || !head.hash().equals(hash)) {
                problems.add(new Problem(head.lastEntryId(), Finding.HEAD_MISMATCH));
            }
        }
    }

    /** An entry that should long have been sealed. */
    public void unsealed(long entryId) {
        problems.add(new Problem(entryId, Finding.UNSEALED));
    }

    /** After the last link: every head the chain did not reach shows that it was cut back. */
    public ChainVerification finish() {
        for (Map.Entry<Long, List<ChainHead>> beyond : headsByCount.tailMap(checked, false).entrySet()) {
            beyond.getValue().forEach(h -> problems.add(new Problem(h.lastEntryId(), Finding.CHAIN_TRUNCATED)));
        }
        return this;
    }

    public long checked() {
        return checked;
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }
}
