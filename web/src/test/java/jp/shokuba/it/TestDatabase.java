package jp.shokuba.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The integration tests' own database, dropped and created afresh at the start of each run.
 * Like a real installation, the application connects as the non-superuser role {@code shokuba}, while the
 * database and schema {@code audit} belong to the non-superuser role {@code shokuba_owner}, which runs the
 * migrations (as a member of {@code shokuba}); tests that must act as a database administrator (to tamper with
 * the audit table, say) connect as {@code postgres}.
 */
public final class TestDatabase {

    public static final String HOST = System.getProperty("shokuba.pg.host", "127.0.0.1");
    public static final String PORT = System.getProperty("shokuba.pg.port", "5432");
    public static final String NAME = System.getProperty("shokuba.it.db", "shokuba_it");
    public static final String APP_ROLE = "shokuba";
    public static final String OWNER_ROLE = "shokuba_owner";

    private TestDatabase() {
    }

    public static String url() {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + NAME;
    }

    static void recreate() throws SQLException {
        try (Connection admin = connect("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", "postgres");
             Statement s = admin.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + NAME + "'");
            s.execute("DROP DATABASE IF EXISTS " + NAME);
            for (String role : new String[] {APP_ROLE, OWNER_ROLE}) {
                s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + role + "') THEN "
                        + "CREATE ROLE " + role + " LOGIN NOSUPERUSER; END IF; END $$");
            }
            s.execute("GRANT " + APP_ROLE + " TO " + OWNER_ROLE);
            s.execute("CREATE DATABASE " + NAME + " OWNER " + OWNER_ROLE + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }

    /** A connection as the database administrator, for what the application itself may not do. */
    public static Connection asAdministrator() throws SQLException {
        return connect(url(), "postgres");
    }

    /** A connection as the application's own role. */
    public static Connection asApplication() throws SQLException {
        return connect(url(), APP_ROLE);
    }

    private static Connection connect(String url, String user) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        return DriverManager.getConnection(url, p);
    }
}
