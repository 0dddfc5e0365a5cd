package jp.shokuba.audit.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks the chain in order and notes every entry that does not fit: its content no longer matches
 * its hash (the row was edited), or it does not follow the entry before it (a row before it was
 * removed or rewritten).
 */
public final class ChainVerification {

    public enum Finding { CONTENT_ALTERED, CHAIN_BROKEN }

    public record Problem(long entryId, Finding finding) {
    }

    private final List<Problem> problems = new ArrayList<>();
    private String expectedPrevious = AuditEntry.GENESIS;
    private long checked;

    public void accept(AuditEntry entry) {
        checked++;
        if (!entry.contentIntact()) {
            problems.add(new Problem(entry.id(), Finding.CONTENT_ALTERED));
        } else if (!entry.previousHash().equals(expectedPrevious)) {
            problems.add(new Problem(entry.id(), Finding.CHAIN_BROKEN));
        }
        expectedPrevious = entry.hash();
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
