package jp.shokuba.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A member of staff made for one test, so that changing their password, roles or status disturbs no other test:
 * imported by the admin's CSV (広聴係 02202, 主任; a 係 no other test counts) and given the demo password.
 */
public final class TestStaff {

    private TestStaff() {
    }

    /** A new person whose login starts with {@code prefix} (and ends with their employee number); password "demo". */
    public static String withDemoPassword(String prefix) {
        return withDemoPassword(prefix, "");
    }

    /** As {@link #withDemoPassword(String)}, with granted roles ({@code ADMIN;RECORDS}). */
    public static String withDemoPassword(String prefix, String roles) {
        String number = "8" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String login = prefix + number;
        importPerson(number, login, roles);
        sql("UPDATE directory.staff SET password_hash = (SELECT password_hash FROM directory.staff WHERE login = 'tanaka')"
                + " WHERE login = ?", login);
        return login;
    }

    /** The admin's import of one line: adds the person, or (a known employee number) changes their granted roles. */
    public static void importPerson(String number, String login, String roles) {
        Api.Reply imported = Api.as("admin").postBytes("/api/v1/directory/staff-import", "text/csv",
                ("職員番号,ログインID,氏名,氏名カナ,メールアドレス,所属コード,職名,役割\n" + number + "," + login
                        + ",試験 太郎,シケン タロウ," + login + "@city-hall.example,02202,主任," + roles + "\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isBetween(200, 299);
    }

    /** How many audit entries of {@code action} name this person as their object. */
    public static long audited(String action, String login) {
        try (Connection c = TestDatabase.asAdministrator();
             PreparedStatement s = c.prepareStatement(
                     "SELECT count(*) FROM audit.entry WHERE action = ? AND object_type = 'Staff' AND object_id = ?")) {
            s.setString(1, action);
            s.setString(2, login);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sql(String statement, String login) {
        try (Connection c = TestDatabase.asAdministrator(); PreparedStatement s = c.prepareStatement(statement)) {
            s.setString(1, login);
            assertThat(s.executeUpdate()).isEqualTo(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
