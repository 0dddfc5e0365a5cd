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

    private static ChainHead headAt(List<AuditEntry> chain, int count) {
        AuditEntry last = chain.get(count - 1);
        return new ChainHead(java.time.LocalDate.of(2026, 11, 27), last.id(), count, last.hash(), "sig");
    }

    private static ChainVerification verify(List<AuditEntry> entries, ChainHead head, boolean signed) {
        ChainVerification v = new ChainVerification(List.of(new ChainVerification.Checkpoint(head, signed)));
        entries.forEach(v::accept);
        return v.finish();
    }

    @Test
    void aChainThatPassesThroughItsPublishedHeadIsIntact() {
        List<AuditEntry> chain = chainOf(5);

        assertThat(verify(chain, headAt(chain, 3), true).intact()).isTrue();
    }

    @Test
    void aChainRewrittenFromTheStartWithEveryHashRecomputedIsCaughtAtTheHead() {
        List<AuditEntry> chain = chainOf(5);
        ChainHead head = headAt(chain, 4);
        List<AuditEntry> forged = new ArrayList<>();
        String previous = AuditEntry.GENESIS;
        for (AuditEntry e : chain) {
            AuditEntry f = AuditEntry.append(e.id(), e.occurredAt(), e.actor(), e.remoteAddress(),
                    new AuditEvent(e.action(), e.objectType(), e.objectId(), e.id() == 2 ? "改ざん" : e.detail()), previous);
            forged.add(f);
            previous = f.hash();
        }

        assertThat(verify(forged, head, true).problems())
                .containsExactly(new ChainVerification.Problem(4, ChainVerification.Finding.HEAD_MISMATCH));
    }

    @Test
    void aChainCutBackBelowItsHeadIsReportedAsTruncated() {
        List<AuditEntry> chain = chainOf(5);
        ChainHead head = headAt(chain, 5);

        assertThat(verify(chain.subList(0, 3), head, true).problems())
                .containsExactly(new ChainVerification.Problem(5, ChainVerification.Finding.CHAIN_TRUNCATED));
    }

    @Test
    void aHeadWithoutAValidSignatureIsReportedAsForgedAndNotTrusted() {
        List<AuditEntry> chain = chainOf(3);
        ChainHead madeUp = new ChainHead(java.time.LocalDate.of(2026, 11, 27), 3, 3, "f".repeat(64), "0".repeat(64));

        assertThat(verify(chain, madeUp, false).problems())
                .containsExactly(new ChainVerification.Problem(3, ChainVerification.Finding.HEAD_FORGED));
    }

    @Test
    void aLinkWhoseEntryRowIsGoneIsReportedAndTheRestStillChecked() {
        List<AuditEntry> chain = chainOf(4);
        ChainVerification v = new ChainVerification();
        v.accept(chain.get(0));
        v.acceptMissing(chain.get(1).id(), chain.get(1).hash());
        v.accept(chain.get(2));
        v.accept(chain.get(3));

        assertThat(v.finish().problems())
                .containsExactly(new ChainVerification.Problem(2, ChainVerification.Finding.ENTRY_MISSING));
    }

    @Test
    void sealingAnEntryLinksItAfterTheChainsLastHash() {
        AuditEntry first = chainOf(1).get(0);
        AuditEntry later = AuditEntry.unsealed(7, NOON, "sato", "::1", AuditEvent.of("seating.desk-booked", "DeskBooking", 9));

        AuditEntry sealed = later.sealedAfter(first.hash());

        assertThat(later.sealed()).isFalse();
        assertThat(sealed.previousHash()).isEqualTo(first.hash());
        assertThat(sealed.contentIntact()).isTrue();
        assertThat(verify(List.of(first, sealed)).intact()).isTrue();
    }
}
