package jp.shokuba.audit.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import jp.shokuba.audit.domain.AuditEntry;
import jp.shokuba.audit.domain.AuditLog;
import jp.shokuba.audit.domain.ChainHead;
import jp.shokuba.audit.infrastructure.AuditHeadKey;
import jp.shokuba.platform.CityTime;

/**
 * Links committed entries into the chain, in id order, each after the chain's last link, in a transaction of its
 * own under the sealer's lock (one sealer at a time, across all nodes). A round looks at the entries of the last
 * minutes; a thorough round (on demand, before a verification or a head) at every unsealed entry, so that one whose
 * transaction committed very late is sealed too. Appenders never wait for it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());
    /** A round's window: far longer than any transaction that records an action. */
    static final Duration RECENT = Duration.ofMinutes(10);
    private static final int BATCH = 5000;

    @Inject
    AuditLog log;

    @Inject
    AuditHeadKey key;

    @Inject
    Clock clock;

    /** The every-second round; skipped when another sealer is at work. How many entries it sealed. */
    public int sealRecent() {
        return log.lockSealing(false) ? sealAll(RECENT) : 0;
    }

    /** Seals every unsealed committed entry, unless another sealer holds the chain; how many. */
    public int sealEverything() {
        return log.lockSealing(false) ? sealAll(null) : 0;
    }

    /**
     * Seals everything, then publishes the chain's head for {@code day}: logged as one signed line and kept for
     * the download of heads. Waits for any sealer at work, so that the head is the chain's true end.
     */
    public ChainHead publishHead(LocalDate day) {
        log.lockSealing(true);
        sealAll(null);
        AuditLog.Link last = log.lastLink();
        ChainHead unsigned = new ChainHead(day, last.entryId(), last.seq(), last.hash(), "");
        ChainHead head = new ChainHead(day, last.entryId(), last.seq(), last.hash(), key.sign(unsigned.text()));
        log.publish(head);
        LOG.info(() -> "audit head " + head.line());
        return head;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(CityTime.ZONE));
    }

    private int sealAll(Duration window) {
        int sealed = 0;
        List<AuditEntry> batch;
        do {
            batch = log.unsealed(window, BATCH);
            if (!batch.isEmpty()) {
                AuditLog.Link last = log.lastLink();
                List<AuditEntry> links = new ArrayList<>(batch.size());
                String previous = last.hash();
                for (AuditEntry e : batch) {
                    AuditEntry linked = e.sealedAfter(previous);
                    links.add(linked);
                    previous = linked.hash();
                }
                log.seal(last.seq() + 1, links);
                sealed += links.size();
            }
        } while (batch.size() == BATCH);
        return sealed;
    }
}
