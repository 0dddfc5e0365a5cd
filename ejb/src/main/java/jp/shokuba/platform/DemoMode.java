package jp.shokuba.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo organisation, staff and sample records when, and only when,
 * {@code shokuba.demo.enabled} is true. The production configuration leaves it false.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoMode {

    private static final Logger LOG = Logger.getLogger(DemoMode.class.getName());

    @Inject
    @ConfigProperty(name = "shokuba.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @Any
    Instance<DemoData> parts;

    @PostConstruct
    void loadDemoData() {
        if (!enabled) {
            return;
        }
        LOG.warning("DEMO MODE: demo accounts with the password \"demo\" are active");
        parts.stream().sorted(Comparator.comparingInt(DemoData::order)).forEach(part -> {
            if (!part.present()) {
                part.load();
                LOG.info(() -> "demo data loaded: " + part.getClass().getSimpleName());
            }
        });
    }

    public boolean enabled() {
        return enabled;
    }
}
