package jp.shokuba.audit.application;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.shokuba.audit.domain.ChainVerification;

/**
 * The trail's schedule: seal every second, verify the chain every hour, publish the day's head just after
 * midnight in Japan (labelled with the day that ended). Starts after the migration, and seals what an earlier
 * run left unsealed.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditJobs {

    private static final Logger LOG = Logger.getLogger(AuditJobs.class.getName());

    @Inject
    AuditSealer sealer;

    @Inject
    AuditTrail audit;

    @jakarta.annotation.PostConstruct
    void sealLeftovers() {
        int sealed = sealer.sealEverything();
        if (sealed > 0) {
            LOG.info(() -> sealed + " audit entries left unsealed by an earlier run sealed");
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void seal() {
        try {
            sealer.sealRecent();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "audit sealing round failed; the next round tries again", e);
        }
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    void verify() {
        ChainVerification v = audit.verify();
        if (v.intact()) {
            LOG.info(() -> "audit chain verified: " + v.checked() + " links intact");
        } else {
            LOG.severe(() -> "audit chain verification found " + v.problems().size() + " problems, first "
                    + v.problems().get(0));
        }
    }

    @Schedule(hour = "0", minute = "0", second = "30", persistent = false, timezone = "Asia/Tokyo")
    void publishDailyHead() {
        sealer.publishHead(sealer.today().minusDays(1));
    }
}
