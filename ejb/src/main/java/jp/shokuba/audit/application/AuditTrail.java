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
import java.util.List;
import jp.shokuba.audit.domain.AuditEntries;
import jp.shokuba.audit.domain.AuditEntry;
import jp.shokuba.audit.domain.AuditEvent;
import jp.shokuba.audit.domain.AuditLog;
import jp.shokuba.audit.domain.AuditQuery;
import jp.shokuba.audit.domain.ChainVerification;
import jp.shokuba.audit.domain.RemoteAddress;
import jp.shokuba.platform.CallerOrigin;

/**
 * Records actions in the hash-chained audit log and verifies the chain. Recording joins the caller's
 * transaction (MANDATORY): an action and its audit entry commit together or not at all.
 */
@Stateless
public class AuditTrail {

    private static final String ANONYMOUS = "ANONYMOUS";

    @Inject
    AuditLog log;

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
        String previous = log.lockAndReadLastHash();
        AuditEntry entry = AuditEntry.append(log.nextId(), clock.instant(), actor, remoteAddress(), event, previous);
        log.append(entry);
        return entry;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ChainVerification verify() {
        ChainVerification verification = new ChainVerification();
        log.forEachInOrder(verification::accept);
        return verification;
    }

    public List<AuditEntry> history(String objectType, String objectId) {
        return log.forObject(objectType, objectId);
    }

    public List<AuditEntry> latest(int first, int max) {
        return log.latest(first, max);
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
