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
 * Makes sure the application can connect: creates the login role and the database when they are
 * missing. The role is deliberately not a superuser, so that the audit table's revoked privileges hold.
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
     * Connects as the application; if that fails, connects as {@code administrator} to create what is
     * missing, then tries once more.
     */
    static void ensure(DatabaseSettings db, String administrator) throws SQLException {
        try (Connection ignored = connect(db.url(), db.user(), db.password())) {
            return;
        } catch (SQLException firstTry) {
            if (administrator == null) {
                throw firstTry;
            }
        }
        try (Connection admin = connect(db.maintenanceUrl(), administrator, db.password())) {
            if (!exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", db.user())) {
                execute(admin, "CREATE ROLE " + quoted(db.user()) + " LOGIN NOSUPERUSER");
                System.out.println("  データベースのロール " + db.user() + " を作成しました");
            }
            if (!exists(admin, "SELECT 1 FROM pg_database WHERE datname = ?", db.database())) {
                execute(admin, "CREATE DATABASE " + quoted(db.database()) + " OWNER " + quoted(db.user())
                        + " ENCODING 'UTF8' TEMPLATE template0");
                System.out.println("  データベース " + db.database() + " を作成しました");
            }
        }
        try (Connection ignored = connect(db.url(), db.user(), db.password())) {
            // the application can connect now
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
