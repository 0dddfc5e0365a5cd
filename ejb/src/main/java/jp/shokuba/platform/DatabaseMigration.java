package jp.shokuba.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date before anything else touches it.
 * Startup beans of this module that need the schema declare {@code @DependsOn("DatabaseMigration")};
 * those of other modules (an EAR cannot name it across modules) call {@link #schemaVersion()} first,
 * which waits for the migration as any call to a starting singleton does.
 * Flyway manages its own transactions, hence bean-managed transactions here.
 * <p>
 * The defaults for a development machine sit in the expressions ({@code ${MPCONFIG=key:default}})
 * rather than in {@code microprofile-config.properties}: a full Payara Server resolves this
 * definition while it deploys the EAR, before the application's own configuration file is visible,
 * so only the environment, system properties and server-level configuration can override them.
 * <p>
 * Each connection is validated by a {@code SELECT 1} before the pool hands it out: validation by auto-commit
 * never reaches the server, so after PostgreSQL restarted the pool handed out dead connections and the first
 * requests failed. One failed validation discards the whole pool (all its connections died together), and
 * new connections are retried for a few seconds while the server comes back.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATASOURCE,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=shokuba.db.url:jdbc:postgresql://127.0.0.1:5432/shokuba}",
        user = "${MPCONFIG=shokuba.db.user:shokuba}",
        password = "${MPCONFIG=shokuba.db.password:-}",
        minPoolSize = 2,
        maxPoolSize = 48,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                "fish.payara.fail-all-connections=true",
                "fish.payara.connection-creation-retry-attempts=5",
                "fish.payara.connection-creation-retry-interval-in-seconds=1"})
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATASOURCE = "java:app/jdbc/shokuba";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    private MigrateResult result;

    /** The schema version the migration reached. */
    public String schemaVersion() {
        return result.targetSchemaVersion == null ? "" : result.targetSchemaVersion;
    }

    @PostConstruct
    void migrate() {
        result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
