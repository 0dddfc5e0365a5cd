package jp.shokuba.workflow;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import jp.shokuba.approval.domain.RouteListener;
import jp.shokuba.platform.DatabaseMigration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The embedded Camunda engine of this node, on the application's own PostgreSQL datasource and joined to
 * the container's JTA transactions: a caller's transaction carries the engine's writes, so a refused
 * decision rolls back Shokuba's rows and the engine's together. Its tables come from the migrations
 * (schema {@code camunda}); the job executor runs reminders and escalations. Closed cleanly on shutdown.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ApprovalEngine {

    private static final Logger LOG = Logger.getLogger(ApprovalEngine.class.getName());
    private static final String TRANSACTION_MANAGER = "java:appserver/TransactionManager";

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @EJB
    DatabaseMigration migration;

    @Inject
    RouteListener listener;

    @Inject
    @ConfigProperty(name = "shokuba.approval.history-level", defaultValue = "none")
    String history;

    @Inject
    @ConfigProperty(name = "shokuba.approval.job-executor", defaultValue = "true")
    boolean jobExecutor;

    private volatile ProcessEngine engine;

    @PostConstruct
    void start() {
        String schema = migration.schemaVersion(); // waits for the migrations
        LOG.fine(() -> "schema at " + schema);
        long t0 = System.nanoTime();
        JakartaTransactionProcessEngineConfiguration c = new JakartaTransactionProcessEngineConfiguration();
        c.setDataSource(dataSource);
        c.setTransactionManager(transactionManager());
        c.setTransactionsExternallyManaged(true);
        c.setDatabaseSchemaUpdate("false");
        c.setDatabaseSchema("camunda");
        c.setDatabaseTablePrefix("camunda.");
        c.setDatabaseType("postgres");
        c.setJobExecutorActivate(jobExecutor);
        engine = ApprovalEngines.build(c, () -> listener, history);
        LOG.info(() -> "approval engine ready in " + (System.nanoTime() - t0) / 1_000_000 + " ms (history " + history + ")");
    }

    public ProcessEngine engine() {
        return engine;
    }

    @PreDestroy
    void stop() {
        if (engine != null) {
            engine.close();
            LOG.info("approval engine stopped");
        }
    }

    private static TransactionManager transactionManager() {
        try {
            return InitialContext.doLookup(TRANSACTION_MANAGER);
        } catch (NamingException e) {
            throw new IllegalStateException("no transaction manager at " + TRANSACTION_MANAGER, e);
        }
    }
}
