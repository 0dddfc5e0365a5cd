package jp.shokuba.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import jp.shokuba.it.Api;
import jp.shokuba.it.Platform;
import jp.shokuba.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hash chain catches a row edited directly in PostgreSQL, and the application's own database
 * role cannot change or remove entries at all.
 */
@ExtendWith(Platform.class)
class AuditTrailIT {

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
    void evenTheAdministratorIsStoppedByTheAppendOnlyTrigger() throws SQLException {
        long any = lastEntryId();
        try (Connection admin = TestDatabase.asAdministrator(); Statement s = admin.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit.entry WHERE id = " + any))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
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
