package jp.shokuba.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Makes sure the application and the schema owner can connect: creates the login roles and the database when
 * they are missing. Neither role is a superuser, so that the audit schema's privileges hold. The owner is a member
 * of the application's role (the migrations run as it), never the other way round, and owns the database, so that
 * the application's role cannot drop it; a database made by an earlier version is handed to the owner.
 */
final class DatabasePreparation {

    private DatabasePreparation() {
    }

    static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Connects as the application (and the owner); if that fails or the owner is not set up yet, connects as
     * {@code administrator} to create what is missing, then tries once more.
     */
    static void ensure(DatabaseSettings db, String administrator) throws SQLException {
        try {
            if (prepared(db)) {
                return;
            }
        } catch (SQLException firstTry) {
            if (administrator == null) {
                throw firstTry;
            }
        }
        if (administrator == null) {
            return; // a database the person chose: they set up its roles (see the README)
        }
        try (Connection admin = connect(db.maintenanceUrl(), administrator, db.password())) {
            createRoleIfMissing(admin, db.user());
            String databaseOwner = db.user();
            if (db.owner() != null) {
                createRoleIfMissing(admin, db.owner());
                execute(admin, "GRANT " + quoted(db.user()) + " TO " + quoted(db.owner()));
                databaseOwner = db.owner();
            }
            if (!exists(admin, "SELECT 1 FROM pg_database WHERE datname = ?", db.database())) {
                execute(admin, "CREATE DATABASE " + quoted(db.database()) + " OWNER " + quoted(databaseOwner)
                        + " ENCODING 'UTF8' TEMPLATE template0");
                System.out.println("  データベース " + db.database() + " を作成しました");
            } else if (db.owner() != null && ownedBy(admin, db.database(), db.user())) {
                // made by an earlier version, when the application's role owned it
                execute(admin, "ALTER DATABASE " + quoted(db.database()) + " OWNER TO " + quoted(databaseOwner));
                System.out.println("  データベース " + db.database() + " の所有者を " + databaseOwner + " にしました");
            }
        }
        if (!prepared(db)) {
            throw new SQLException("the role " + db.owner() + " cannot act for " + db.user() + " or does not own " + db.database());
        }
    }

    /** Whether both roles connect, and the owner acts for the application's role and owns the database. */
    private static boolean prepared(DatabaseSettings db) throws SQLException {
        try (Connection ignored = connect(db.url(), db.user(), db.password())) {
            if (db.owner() == null) {
                return true;
            }
        }
        try (Connection owner = connect(db.url(), db.owner(), db.ownerPassword());
             PreparedStatement q = owner.prepareStatement("SELECT pg_has_role(current_user, ?, 'USAGE') AND datdba = "
                     + "(SELECT oid FROM pg_roles WHERE rolname = current_user) FROM pg_database WHERE datname = current_database()")) {
            q.setString(1, db.user());
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static boolean ownedBy(Connection admin, String database, String role) throws SQLException {
        try (PreparedStatement s = admin.prepareStatement("SELECT pg_get_userbyid(datdba) = ? FROM pg_database WHERE datname = ?")) {
            s.setString(1, role);
            s.setString(2, database);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static void createRoleIfMissing(Connection admin, String role) throws SQLException {
        if (!exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
            execute(admin, "CREATE ROLE " + quoted(role) + " LOGIN NOSUPERUSER");
            System.out.println("  データベースのロール " + role + " を作成しました");
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (!password.isEmpty()) {
            p.setProperty("password", password);
        }
        p.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(url, p);
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
