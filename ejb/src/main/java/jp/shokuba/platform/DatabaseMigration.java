package jp.shokuba.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.postgresql.ds.PGSimpleDataSource;

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
 * <p>
 * Flyway connects as the schema owner's role ({@code shokuba.db.owner.user}, environment
 * {@code SHOKUBA_DB_OWNER_USER}, with {@code SHOKUBA_DB_OWNER_PASSWORD}), which owns schema {@code audit}: the
 * application's role may only read and append there, so it can neither grant itself more nor touch the triggers
 * (see {@link AuditSchemaOwner}). The owner is a member of the application's role and runs every migration as
 * it ({@code SET ROLE}), so that all other schemas stay the application's on fresh and upgraded databases alike;
 * a migration that changes schema {@code audit} begins with {@code SET LOCAL ROLE NONE} to act as the owner.
 * Without an owner configured (an installation from before there was one), Flyway runs as the application's role
 * as it always did, and a warning says that the audit schema is not protected from it.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATASOURCE,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=shokuba.db.url:" + DatabaseMigration.DEFAULT_URL + "}",
        user = "${MPCONFIG=shokuba.db.user:" + DatabaseMigration.DEFAULT_USER + "}",
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
    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/shokuba";
    static final String DEFAULT_USER = "shokuba";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "shokuba.db.url", defaultValue = DEFAULT_URL)
    String url;

    @Inject
    @ConfigProperty(name = "shokuba.db.owner.user")
    Optional<String> ownerUser;

    @Inject
    @ConfigProperty(name = "shokuba.db.owner.password")
    Optional<String> ownerPassword;

    private MigrateResult result;

    /** The schema version the migration reached. */
    public String schemaVersion() {
        return result.targetSchemaVersion == null ? "" : result.targetSchemaVersion;
    }

    @PostConstruct
    void migrate() {
        String application = applicationRole();
        String owner = ownerUser.filter(o -> !o.isBlank()).orElse(application);
        if (owner.equals(application)) {
            LOG.warning(() -> "no schema owner configured (SHOKUBA_DB_OWNER_USER): the application's role "
                    + application + " owns schema audit and could change its rights and triggers");
            result = flyway().dataSource(dataSource).load().migrate();
        } else {
            DataSource asOwner = asOwner(owner);
            AuditSchemaOwner audit = new AuditSchemaOwner(application);
            try (Connection c = asOwner.getConnection()) {
                audit.letApplicationCreateSchemas(c);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot prepare the database as its owner " + owner, e);
            }
            result = flyway().dataSource(asOwner).initSql("SET ROLE " + AuditSchemaOwner.quoted(application))
                    .load().migrate();
            try (Connection c = asOwner.getConnection()) {
                audit.takeOver(c);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot give schema audit to its owner " + owner, e);
            }
        }
        LOG.info(() -> "database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now) by " + owner);
    }

    private static FluentConfiguration flyway() {
        return Flyway.configure(DatabaseMigration.class.getClassLoader()).locations("classpath:db/migration");
    }

    /** The pool's own role, as the server resolved it. */
    private String applicationRole() {
        try (Connection c = dataSource.getConnection()) {
            return AuditSchemaOwner.currentUser(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the database", e);
        }
    }

    private DataSource asOwner(String owner) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(owner);
        ownerPassword.filter(p -> !p.isEmpty()).ifPresent(ds::setPassword);
        return ds;
    }
}
