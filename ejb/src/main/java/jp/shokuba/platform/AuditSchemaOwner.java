package jp.shokuba.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * What the schema owner's role does around the migrations, connected as itself. Before them it lets the
 * application's role create schemas (a fresh database belongs to the owner, yet the migrations run as the
 * application's role). After them it takes schema {@code audit} with everything in it from the application's role,
 * which then keeps only {@code USAGE} on the schema, {@code SELECT} and {@code INSERT} on its tables (the sealer
 * appends to {@code seal}, it never updates) and {@code USAGE} on its sequences: no {@code UPDATE}, {@code DELETE},
 * {@code TRUNCATE}, {@code TRIGGER} or {@code REFERENCES}, no grant option, nothing to own, so it can neither alter
 * nor drop the append-only triggers nor grant itself more. Taking over happens once, when the owner first runs
 * (a fresh database, or one made before there was an owner); later starts find nothing to do.
 */
final class AuditSchemaOwner {

    private static final Logger LOG = Logger.getLogger(AuditSchemaOwner.class.getName());
    private static final String SCHEMA = "audit";
    private static final long LOCK = 0x5348_4f4b_4f57_4e52L; // "SHOKOWNR"

    private final String applicationRole;
    private final String application;

    AuditSchemaOwner(String applicationRole) {
        this.applicationRole = applicationRole;
        this.application = quoted(applicationRole);
    }

    void letApplicationCreateSchemas(Connection owner) throws SQLException {
        inLockedTransaction(owner, s -> {
            try (PreparedStatement q = owner.prepareStatement("SELECT has_database_privilege(?, current_database(), "
                    + "'CREATE'), has_schema_privilege(?, 'public', 'CREATE')")) {
                q.setString(1, applicationRole);
                q.setString(2, applicationRole);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        s.execute("GRANT CREATE ON DATABASE " + quoted(owner.getCatalog()) + " TO " + application);
                    }
                    if (!rs.getBoolean(2)) {
                        // Flyway's history on a fresh database: in PostgreSQL 15 only the database's owner creates there
                        s.execute("GRANT CREATE ON SCHEMA public TO " + application);
                    }
                }
            }
        });
    }

    void takeOver(Connection owner) throws SQLException {
        warnOfAnApplicationAboveTheOwner(owner);
        inLockedTransaction(owner, s -> {
            List<String> changes = ownershipChanges(owner);
            if (changes.isEmpty()) {
                return;
            }
            for (String change : changes) {
                s.execute(change);
            }
            s.execute("REVOKE ALL ON SCHEMA audit FROM PUBLIC, " + application);
            s.execute("GRANT USAGE ON SCHEMA audit TO " + application);
            s.execute("REVOKE ALL ON ALL TABLES IN SCHEMA audit FROM PUBLIC, " + application);
            s.execute("GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA audit TO " + application);
            s.execute("REVOKE ALL ON ALL SEQUENCES IN SCHEMA audit FROM PUBLIC, " + application);
            s.execute("GRANT USAGE ON ALL SEQUENCES IN SCHEMA audit TO " + application);
            s.execute("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA audit FROM " + application);
            // a table a later migration adds (as the owner) is the application's to read and append to as well
            s.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA audit GRANT SELECT, INSERT ON TABLES TO " + application);
            s.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA audit GRANT USAGE ON SEQUENCES TO " + application);
            LOG.info(() -> "schema audit now belongs to the schema owner (" + changes.size() + " objects taken "
                    + "over); " + applicationRole + " may only read and append there");
        });
    }

    @FunctionalInterface
    private interface Work {
        void run(Statement s) throws SQLException;
    }

    /** Two nodes starting together: the second waits and finds everything done (concurrent GRANTs would fail). */
    private static void inLockedTransaction(Connection c, Work work) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
            work.run(s);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /**
     * The statements that give the owner what in schema {@code audit} is another role's: the schema, its tables and
     * views (with their indexes and the sequences they own), free-standing sequences and functions. Run after
     * {@code ALTER SCHEMA}: the schema comes first, for the owner needs {@code CREATE} on it to own what is inside.
     */
    private static List<String> ownershipChanges(Connection owner) throws SQLException {
        String notMine = " AND %s <> (SELECT oid FROM pg_roles WHERE rolname = current_user)";
        String sql = "SELECT 1, 'ALTER SCHEMA audit OWNER TO CURRENT_USER' FROM pg_namespace n WHERE n.nspname = ?"
                + notMine.formatted("n.nspowner")
                + " UNION ALL SELECT 2, 'ALTER ' || CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' "
                + "WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END || ' ' || c.oid::regclass || ' OWNER TO CURRENT_USER' "
                + "FROM pg_class c WHERE c.relnamespace = to_regnamespace(?) AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')"
                + notMine.formatted("c.relowner")
                // a sequence linked to a column changes owner with its table (and refuses to on its own)
                + " AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass "
                + "AND d.objid = c.oid AND d.deptype IN ('a', 'i')))"
                + " UNION ALL SELECT 3, 'ALTER ROUTINE ' || p.oid::regprocedure || ' OWNER TO CURRENT_USER' FROM pg_proc p "
                + "WHERE p.pronamespace = to_regnamespace(?)" + notMine.formatted("p.proowner") + " ORDER BY 1, 2";
        try (PreparedStatement q = owner.prepareStatement(sql)) {
            q.setString(1, SCHEMA);
            q.setString(2, SCHEMA);
            q.setString(3, SCHEMA);
            List<String> changes = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    changes.add(rs.getString(2));
                }
            }
            return changes;
        }
    }

    /** A superuser, or a member of the owner's role, could undo all of it; the owner can only say so. */
    private void warnOfAnApplicationAboveTheOwner(Connection owner) throws SQLException {
        try (PreparedStatement q = owner.prepareStatement("SELECT r.rolsuper OR pg_has_role(r.oid, current_user, "
                + "'MEMBER') FROM pg_roles r WHERE r.rolname = ?")) {
            q.setString(1, applicationRole);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next() && rs.getBoolean(1)) {
                    LOG.warning(() -> "the application's role " + applicationRole + " is a superuser or a member of "
                            + "the schema owner's role: it can still change the audit trail");
                }
            }
        }
    }

    static String currentUser(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_user")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
