package jp.shokuba.directory.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEvent;
import jp.shokuba.directory.domain.StaffRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Production mode on a database that a demo run filled: the demo accounts stay in the directory (bookings
 * and documents refer to them) but none of them signs in, by form, HTTP Basic or single sign-on
 * ({@link jp.shokuba.directory.domain.Staff#maySignIn}). Says so in the log at start and in the audit trail,
 * so an operator knows the database still holds demo data.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoAccountsInProduction {

    private static final Logger LOG = Logger.getLogger(DemoAccountsInProduction.class.getName());

    @Inject
    @ConfigProperty(name = "shokuba.demo.enabled", defaultValue = "false")
    boolean demoMode;

    @Inject
    StaffRepository staff;

    @Inject
    AuditTrail audit;

    @PostConstruct
    void refuseDemoAccounts() {
        if (demoMode) {
            return;
        }
        long demo = staff.countDemo();
        if (demo > 0) {
            LOG.warning(() -> "PRODUCTION MODE on a database holding demo data: the " + demo
                    + " demo accounts are disabled and no demo login is accepted");
            audit.recordAs("system", AuditEvent.of("directory.demo-accounts-disabled", "Staff", Long.toString(demo)));
        }
    }
}
