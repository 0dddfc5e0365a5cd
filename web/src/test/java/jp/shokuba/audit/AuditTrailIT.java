package jp.shokuba.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import jp.shokuba.it.Api;
import jp.shokuba.it.Platform;
import jp.shokuba.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hash chain catches a row edited directly in PostgreSQL, and the application's own database
 * role cannot change or remove entries at all: schema {@code audit} belongs to the schema owner's role,
 * so the application's role can neither switch the append-only triggers off nor grant itself more.
 */
@ExtendWith(Platform.class)
class AuditTrailIT {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Test
    void aRowEditedInTheDatabaseIsReportedByVerify() throws SQLException {
        long victim = lastEntryId();
        String original = detailOf(victim);
        try {
            tamper(victim, "書き換えられた内容");

            JsonObject report = Api.as("admin").get("/api/v1/audit/verify").json();

            assertThat(report.getBoolean("intact")).isFalse();
            List<JsonObject> problems = report.getJsonArray("problems").getValuesAs(JsonObject.class);
            assertThat(problems).anySatisfy(p -> {
                assertThat(p.getJsonNumber("entryId").longValue()).isEqualTo(victim);
                assertThat(p.getString("finding")).isEqualTo("CONTENT_ALTERED");
            });
        } finally {
            tamper(victim, original);
        }
        assertThat(Api.as("admin").get("/api/v1/audit/verify").json().getBoolean("intact")).isTrue();
    }

    @Test
    void theApplicationRoleCannotUpdateOrDeleteEntries() throws SQLException {
        long any = lastEntryId();
        try (Connection app = TestDatabase.asApplication(); Statement s = app.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit.entry SET detail = 'x' WHERE id = " + any))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit.entry WHERE id = " + any))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeUpdate("TRUNCATE audit.entry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit.seal SET hash = hash WHERE entry_id = " + any))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit.head"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    @Test
    void theAuditSchemaBelongsToTheSchemaOwnerNotToTheApplication() throws SQLException {
        assertThat(owners("SELECT nspowner FROM pg_namespace WHERE nspname = 'audit' "
                + "UNION ALL SELECT relowner FROM pg_class WHERE relnamespace = 'audit'::regnamespace "
                + "UNION ALL SELECT proowner FROM pg_proc WHERE pronamespace = 'audit'::regnamespace"))
                .containsExactly(TestDatabase.OWNER_ROLE);
        // the owner runs every other migration as the application's role, whose schemas they stay
        assertThat(owners("SELECT relowner FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname IN ('directory', 'seating', 'approval', 'camunda', 'mail', 'public') "
                + "AND c.relkind IN ('r', 'S')"))
                .containsExactly(TestDatabase.APP_ROLE);
    }

    @Test
    void theApplicationRoleCannotSwitchTheGuardOffOrGrantItselfMore() throws SQLException {
        for (String sql : List.of(
                "ALTER TABLE audit.entry DISABLE TRIGGER entry_append_only",
                "ALTER TABLE audit.seal DISABLE TRIGGER ALL",
                "DROP TRIGGER entry_append_only ON audit.entry",
                "DROP TRIGGER entry_never_truncated ON audit.entry",
                "ALTER TABLE audit.entry OWNER TO " + TestDatabase.APP_ROLE,
                "DROP FUNCTION audit.refuse_change() CASCADE",
                "CREATE OR REPLACE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS "
                        + "$$ BEGIN RETURN NEW; END $$",
                "DROP TABLE audit.head",
                "CREATE TABLE audit.shadow (id bigint)",
                "CREATE TRIGGER rewrite BEFORE INSERT ON audit.entry FOR EACH ROW EXECUTE FUNCTION audit.refuse_change()")) {
            asApplicationRolledBack(s -> assertThatThrownBy(() -> s.execute(sql)).as(sql)
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState())
                            .as(sql + ": " + e.getMessage()).isEqualTo(INSUFFICIENT_PRIVILEGE)));
        }
        for (String privilege : List.of("UPDATE", "DELETE", "TRUNCATE", "TRIGGER")) {
            asApplicationRolledBack(s -> {
                s.execute("GRANT " + privilege + " ON audit.entry, audit.seal TO " + TestDatabase.APP_ROLE);
                try (ResultSet rs = s.executeQuery("SELECT has_table_privilege('audit.entry', '" + privilege + "') "
                        + "OR has_table_privilege('audit.seal', '" + privilege + "')")) {
                    rs.next();
                    assertThat(rs.getBoolean(1)).as("granted itself " + privilege).isFalse();
                }
            });
        }
    }

    @Test
    void theApplicationRoleStillAppendsAndReads() throws SQLException {
        lastEntryId();
        asApplicationRolledBack(s -> {
            try (ResultSet rs = s.executeQuery("INSERT INTO audit.entry (occurred_at, actor, action, object_type, "
                    + "object_id, remote_address, detail) VALUES (now(), 'test', 'test.append', 'test', '1', "
                    + "'127.0.0.1', 'rolled back') RETURNING id")) {
                assertThat(rs.next()).isTrue();
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM audit.entry e JOIN audit.seal s ON s.entry_id = e.id")) {
                rs.next();
                assertThat(rs.getLong(1)).isPositive();
            }
        });
    }

    @Test
    void evenTheAdministratorIsStoppedByTheAppendOnlyTrigger() throws SQLException {
        long any = lastEntryId();
        try (Connection admin = TestDatabase.asAdministrator(); Statement s = admin.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit.entry WHERE id = " + any))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run(Statement s) throws SQLException;
    }

    /** Whatever the work manages to do (before the schema had its owner, all of it) is undone. */
    private static void asApplicationRolledBack(SqlWork work) throws SQLException {
        try (Connection app = TestDatabase.asApplication(); Statement s = app.createStatement()) {
            app.setAutoCommit(false);
            try {
                work.run(s);
            } finally {
                app.rollback();
            }
        }
    }

    /**
     * The newest entry sealed into the chain, after making sure there is one: a refused sign-in is audited too.
     * (An entry not sealed yet is only linked in within a second, over the content it has then.)
     */
    private static long lastEntryId() throws SQLException {
        Api.as("nobody-" + System.nanoTime(), "x").get("/api/v1/me");
        try (Connection c = TestDatabase.asAdministrator(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT entry_id FROM audit.seal ORDER BY seq DESC LIMIT 1")) {
            rs.next();
            long id = rs.getLong(1);
            assertThat(id).as("the audit trail has entries").isPositive();
            return id;
        }
    }

    private static List<String> owners(String ownerOids) throws SQLException {
        try (Connection admin = TestDatabase.asAdministrator(); Statement s = admin.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT pg_get_userbyid(o) FROM (" + ownerOids + ") AS owners (o)")) {
            List<String> owners = new ArrayList<>();
            while (rs.next()) {
                owners.add(rs.getString(1));
            }
            return owners;
        }
    }

    private static String detailOf(long id) throws SQLException {
        try (Connection c = TestDatabase.asAdministrator();
             PreparedStatement s = c.prepareStatement("SELECT detail FROM audit.entry WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** What an intruder with the database administrator's rights could do: switch the guard off and edit. */
    private static void tamper(long id, String detail) throws SQLException {
        try (Connection c = TestDatabase.asAdministrator()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement();
                 PreparedStatement update = c.prepareStatement("UPDATE audit.entry SET detail = ? WHERE id = ?")) {
                s.execute("SET LOCAL session_replication_role = replica");
                update.setString(1, detail);
                update.setLong(2, id);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            c.commit();
        }
    }
}
