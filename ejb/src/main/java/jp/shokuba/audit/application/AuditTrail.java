package jp.shokuba.audit.application;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.shokuba.audit.domain.AuditEntries;
import jp.shokuba.audit.domain.AuditEntry;
import jp.shokuba.audit.domain.AuditEvent;
import jp.shokuba.audit.domain.AuditLog;
import jp.shokuba.audit.domain.AuditQuery;
import jp.shokuba.audit.domain.ChainHead;
import jp.shokuba.audit.domain.ChainVerification;
import jp.shokuba.audit.domain.RemoteAddress;
import jp.shokuba.audit.domain.VerificationRun;
import jp.shokuba.audit.infrastructure.AuditHeadKey;
import jp.shokuba.platform.CallerOrigin;

/**
 * Records actions in the audit trail and verifies its chain. Recording joins the caller's transaction
 * (MANDATORY): an action and its audit entry commit together or not at all. It takes no lock: the entry is
 * linked into the hash chain by {@link AuditSealer} within about a second of its commit.
 */
@Stateless
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());
    private static final String ANONYMOUS = "ANONYMOUS";
    /** How long an entry may stay unsealed before a verification reports it: the sealer runs every second. */
    static final Duration SEALING_GRACE = Duration.ofMinutes(1);
    private static final int MAX_UNSEALED_REPORTED = 100;

    @Inject
    AuditLog log;

    @Inject
    AuditSealer sealer;

    @Inject
    AuditHeadKey key;

    @Inject
    CallerOrigin origin;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditEntry record(AuditEvent event) {
        return recordAs(currentActor(), event);
    }

    /** For events whose actor is not the signed-in caller, such as a failed sign-in. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public AuditEntry recordAs(String actor, AuditEvent event) {
        return log.append(clock.instant(), actor, remoteAddress(), event);
    }

    /**
     * Verifies the whole chain against the published heads and keeps the outcome as the last verification.
     * Entries unsealed for longer than a minute are reported first (the sealer has stopped), then everything
     * committed is sealed and the chain walked.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public ChainVerification verify() {
        List<Long> stuck = log.unsealedOlderThan(SEALING_GRACE, MAX_UNSEALED_REPORTED);
        try {
            sealer.sealEverything();
        } catch (RuntimeException sealingFailed) {
            LOG.log(Level.WARNING, "cannot seal before verifying; the chain is verified as it is", sealingFailed);
        }
        List<ChainVerification.Checkpoint> heads = log.heads().stream()
                .map(h -> new ChainVerification.Checkpoint(h, key.verifies(h.text(), h.signature()))).toList();
        ChainVerification verification = new ChainVerification(heads);
        stuck.forEach(verification::unsealed);
        log.forEachLink(e -> {
            if (e.occurredAt() == null) {
                verification.acceptMissing(e.id(), e.hash());
            } else {
                verification.accept(e);
            }
        });
        verification.finish();
        log.remember(VerificationRun.of(clock.instant(), verification));
        return verification;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<VerificationRun> lastVerification() {
        return log.lastVerification();
    }

    /** Publishes the chain's head now, labelled with today's date (the daily one is labelled with the day it ends). */
    public ChainHead publishHead() {
        return sealer.publishHead(sealer.today());
    }

    /** Every published head, oldest first, as the lines of the downloadable file. */
    public List<ChainHead> heads() {
        return log.heads();
    }

    public List<AuditEntry> history(String objectType, String objectId) {
        return log.forObject(objectType, objectId);
    }

    public List<AuditEntry> latest(int first, int max) {
        return log.search(AuditQuery.everything(1, max).atPage(first, max)).entries();
    }

    /** The entries a query finds, newest first, one page of them. */
    public AuditEntries search(AuditQuery query) {
        return log.search(query);
    }

    public long count() {
        return log.count();
    }

    private String currentActor() {
        Principal caller = session.getCallerPrincipal();
        return caller == null || ANONYMOUS.equals(caller.getName()) ? CallerOrigin.SYSTEM : caller.getName();
    }

    private String remoteAddress() {
        try {
            return RemoteAddress.normalised(origin.remoteAddress());
        } catch (ContextNotActiveException outsideRequest) {
            return CallerOrigin.SYSTEM;
        }
    }
}
