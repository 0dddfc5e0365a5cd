package jp.shokuba.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The city the morning rush runs in, written straight into the bench database: staff of the directory spread over
 * its 係, and a building of eleven 300-desk floors, as the import and the facilities page would have made them.
 */
final class BenchCity {

    private static final int FLOORS = 11;
    private static final int COLUMNS = 20;
    private static final int ROWS = 15;
    static final int DESKS_PER_FLOOR = COLUMNS * ROWS;

    private BenchCity() {
    }

    static List<String> makeStaff(Connection db, int n) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("DELETE FROM seating.desk_booking WHERE login LIKE 'bench%'");
            s.executeUpdate("INSERT INTO directory.staff (employee_number, login, family_name, given_name, family_name_kana,"
                    + " given_name_kana, email, unit_id, position, password_hash)"
                    + " SELECT 'B' || lpad(i::text, 5, '0'), 'bench' || lpad(i::text, 4, '0'), '試験', '職員' || i, 'シケン', 'ショクイン',"
                    + " 'bench' || i || '@city-hall.example',"
                    + " (SELECT id FROM directory.organization_unit WHERE kind = 'TEAM' ORDER BY code"
                    + " OFFSET (i % (SELECT count(*) FROM directory.organization_unit WHERE kind = 'TEAM')) LIMIT 1),"
                    + " 'STAFF_MEMBER', '" + cheapHash("demo") + "'"
                    + " FROM generate_series(1, " + n + ") i ON CONFLICT DO NOTHING");
        }
        List<String> logins = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            logins.add(String.format("bench%04d", i));
        }
        return logins;
    }

    /**
     * The bench accounts' password "demo" as a PBKDF2 hash in the platform's format, with 1,024 iterations (the
     * fewest Jakarta Security accepts) instead of 600,000: the rush measures booking, not sign-in, and 3,000 sign-ins
     * at full strength would take minutes here.
     * The bench server is told the same count ({@code SHOKUBA_PASSWORD_ITERATIONS=1024}), so it does not rehash.
     */
    static String cheapHash(String password) {
        try {
            byte[] salt = new byte[16];
            new java.security.SecureRandom().nextBytes(salt);
            javax.crypto.SecretKeyFactory f = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            byte[] hash = f.generateSecret(new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, 1024, 256)).getEncoded();
            return "PBKDF2WithHmacSHA256:1024:" + Base64.getEncoder().encodeToString(salt) + ":" + Base64.getEncoder().encodeToString(hash);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Long> makeFloors(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("INSERT INTO seating.building (name) VALUES ('ベンチ庁舎') ON CONFLICT DO NOTHING");
            for (int f = 1; f <= FLOORS; f++) {
                s.executeUpdate("INSERT INTO seating.floor (building_id, name, level, width, height)"
                        + " SELECT id, 'B" + f + "', " + f + ", 2400, 1800 FROM seating.building WHERE name = 'ベンチ庁舎'"
                        + " ON CONFLICT DO NOTHING");
                s.executeUpdate("INSERT INTO seating.desk (floor_id, label, x, y, dual_monitor)"
                        + " SELECT f.id, 'B" + f + "-' || lpad((r * " + COLUMNS + " + c + 1)::text, 3, '0'),"
                        + " 100 + c * 110, 100 + r * 100, c % 2 = 0"
                        + " FROM seating.floor f JOIN seating.building b ON b.id = f.building_id,"
                        + " generate_series(0, " + (ROWS - 1) + ") r, generate_series(0, " + (COLUMNS - 1) + ") c"
                        + " WHERE b.name = 'ベンチ庁舎' AND f.name = 'B" + f + "' ON CONFLICT DO NOTHING");
            }
            // the rush books the next days whatever today is: the bench floors are open on closed days too
            s.executeUpdate("INSERT INTO seating.floor_opening (floor_id, first_day, last_day, reason, created_by)"
                    + " SELECT f.id, current_date, current_date + 30, 'ベンチ', 'bench' FROM seating.floor f"
                    + " JOIN seating.building b ON b.id = f.building_id WHERE b.name = 'ベンチ庁舎'");
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT f.id FROM seating.floor f JOIN seating.building b ON b.id = f.building_id"
                    + " WHERE b.name = 'ベンチ庁舎' ORDER BY f.level")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    static List<Long> desks(Connection db, List<Long> floors) throws SQLException {
        List<Long> desks = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT d.id FROM seating.desk d WHERE d.floor_id IN ("
                + String.join(",", floors.stream().map(String::valueOf).toList()) + ") ORDER BY d.floor_id, d.y, d.x")) {
            while (rs.next()) {
                desks.add(rs.getLong(1));
            }
        }
        return desks;
    }
}
