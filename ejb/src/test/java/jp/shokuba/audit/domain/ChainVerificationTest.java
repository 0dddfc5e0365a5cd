package jp.shokuba.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainVerificationTest {

    private static final Instant NOON = Instant.parse("2026-11-27T03:00:00.123456789Z");

    private static List<AuditEntry> chainOf(int length) {
        List<AuditEntry> chain = new ArrayList<>();
        String previous = AuditEntry.GENESIS;
        for (int i = 1; i <= length; i++) {
            AuditEntry e = AuditEntry.append(i, NOON.plusSeconds(i), "sato", "127.0.0.1",
                    new AuditEvent("approval.approved", "Approval", Integer.toString(i), "金企第" + i + "号を決裁"), previous);
            chain.add(e);
            previous = e.hash();
        }
        return chain;
    }

    private static ChainVerification verify(List<AuditEntry> entries) {
        ChainVerification v = new ChainVerification();
        entries.forEach(v::accept);
        return v;
    }

    @Test
    void anUntouchedChainIsIntact() {
        ChainVerification v = verify(chainOf(5));

        assertThat(v.intact()).isTrue();
        assertThat(v.checked()).isEqualTo(5);
    }

    @Test
    void anEditedDetailIsReportedAtThatEntry() {
        List<AuditEntry> chain = chainOf(5);
        AuditEntry third = chain.get(2);
        chain.set(2, new AuditEntry(third.id(), third.occurredAt(), third.actor(), third.action(), third.objectType(),
                third.objectId(), third.remoteAddress(), "金企第999号を決裁", third.previousHash(), third.hash()));

        assertThat(verify(chain).problems())
                .containsExactly(new ChainVerification.Problem(3, ChainVerification.Finding.CONTENT_ALTERED));
    }

    @Test
    void aDeletedEntryBreaksTheChainAtItsSuccessor() {
        List<AuditEntry> chain = chainOf(5);
        chain.remove(1);

        assertThat(verify(chain).problems())
                .containsExactly(new ChainVerification.Problem(3, ChainVerification.Finding.CHAIN_BROKEN));
    }

    @Test
    void aRewrittenEntryWithARecomputedHashStillBreaksTheNextLink() {
        List<AuditEntry> chain = chainOf(4);
        AuditEntry second = chain.get(1);
        AuditEntry forged = AuditEntry.append(second.id(), second.occurredAt(), "intruder", second.remoteAddress(),
                new AuditEvent(second.action(), second.objectType(), second.objectId(), "改ざん"), second.previousHash());
        chain.set(1, forged);

        assertThat(verify(chain).problems())
                .containsExactly(new ChainVerification.Problem(3, ChainVerification.Finding.CHAIN_BROKEN));
    }

    @Test
    void movingTextBetweenFieldsChangesTheHash() {
        AuditEntry a = AuditEntry.append(1, NOON, "ab", "127.0.0.1", new AuditEvent("c", "T", "1", ""), AuditEntry.GENESIS);
        AuditEntry b = AuditEntry.append(1, NOON, "a", "127.0.0.1", new AuditEvent("bc", "T", "1", ""), AuditEntry.GENESIS);

        assertThat(a.hash()).isNotEqualTo(b.hash());
    }

    @Test
    void theTimeIsKeptToTheMicrosecondThatPostgresqlStores() {
        AuditEntry e = chainOf(1).get(0);

        assertThat(e.occurredAt().getNano() % 1000).isZero();
        assertThat(e.contentIntact()).isTrue();
    }
}
