package jp.shokuba.paper;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V111__paper_seal_snmp_secrets;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.shokuba.it.Api;
import jp.shokuba.it.Platform;
import jp.shokuba.it.TestDatabase;
import jp.shokuba.paper.infrastructure.PaperSecretKey;
import jp.shokuba.paper.infrastructure.SimulatedPrinter;
import jp.shokuba.platform.SecretCipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SNMP community and v3 passphrases are kept sealed (AES-GCM) under the key file outside the database: the
 * database administrator finds none of them in the device rows, the API says only whether they are set, and the
 * server opens them from the row at every round. Values stored in plain text before sealing existed are sealed by
 * the V111 migration's routine with the same key file, and the devices are polled as before.
 */
@ExtendWith(Platform.class)
class PaperSnmpSecretsIT {

    private static final String COMMUNITY = "community-secret-it";
    private static final String AUTH = "authpass-secret-it";
    private static final String PRIV = "privpass-secret-it";

    private static List<String> storedSecrets(String... addresses) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection db = TestDatabase.asAdministrator();
             PreparedStatement q = db.prepareStatement("SELECT d::text, community, v3_auth_key, v3_priv_key FROM paper.device d"
                     + " WHERE address = ANY (?) ORDER BY address")) {
            q.setArray(1, db.createArrayOf("varchar", addresses));
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    for (int c = 1; c <= 4; c++) {
                        values.add(r.getString(c));
                    }
                }
            }
        }
        assertThat(values).hasSize(4 * addresses.length);
        return values;
    }

    private static void writeAsAdministrator(String sql, String... parameters) throws SQLException {
        try (Connection db = TestDatabase.asAdministrator(); PreparedStatement u = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                u.setString(i + 1, parameters[i]);
            }
            assertThat(u.executeUpdate()).isEqualTo(1);
        }
    }

    /** The key file the server uses (failsafe's environment, inherited by Payara Micro). */
    private static SecretCipher serversCipher() {
        String file = System.getenv("SHOKUBA_PAPER_SECRET_KEY_FILE");
        assertThat(file).as("SHOKUBA_PAPER_SECRET_KEY_FILE in failsafe's environment").isNotBlank();
        assertThat(Files.isRegularFile(Path.of(file))).as("the server made its key file " + file).isTrue();
        return PaperSecretKey.cipher(Optional.empty(), file);
    }

    @Test
    void secretsAreSealedAtRestNeverShownAndStillOpenForPolling() throws Exception {
        TestDepartment dept = TestDepartment.create("IT秘匿");
        try (SimulatedPrinter v3 = SimulatedPrinter.v3("127.0.1.156", 0, "secretit", AUTH, PRIV, 9_000, "S3-1");
             SimulatedPrinter v2 = SimulatedPrinter.v2c("127.0.1.157", 0, COMMUNITY, 3_000, "S2-1")) {
            Api.Reply imported = dept.importDevices("ip,url,memo,department,maker,snmp_version,community,v3_user,v3_auth_key,v3_priv_key\n"
                    + v3.address() + ",,," + dept.name() + ",リコー,3,," + "secretit," + AUTH + "," + PRIV + "\n"
                    + v2.address() + ",,," + dept.name() + ",XEROX,2c," + COMMUNITY + ",,,\n");
            assertThat(imported.status()).as(imported.toString()).isEqualTo(200);

            List<String> stored = storedSecrets(v3.address(), v2.address());
            assertThat(stored).noneMatch(v -> v != null && (v.contains(AUTH) || v.contains(PRIV) || v.contains(COMMUNITY)));
            assertThat(stored.get(2)).startsWith(SecretCipher.PREFIX);
            assertThat(stored.get(3)).startsWith(SecretCipher.PREFIX);
            assertThat(stored.get(5)).startsWith(SecretCipher.PREFIX);

            Api.Reply listed = TestDepartment.ADMIN.get("/api/v1/paper/devices");
            assertThat(listed.body()).doesNotContain(AUTH).doesNotContain(PRIV).doesNotContain(COMMUNITY).doesNotContain(SecretCipher.PREFIX);
            JsonObject v3Device = listed.array().getValuesAs(JsonObject.class).stream()
                    .filter(d -> d.getString("address").equals(v3.address())).findFirst().orElseThrow();
            assertThat(v3Device.getBoolean("v3AuthKeySet")).isTrue();
            assertThat(v3Device.getBoolean("v3PrivKeySet")).isTrue();
            assertThat(v3Device.containsKey("v3AuthKey")).isFalse();
            JsonObject v2Device = listed.array().getValuesAs(JsonObject.class).stream()
                    .filter(d -> d.getString("address").equals(v2.address())).findFirst().orElseThrow();
            assertThat(v2Device.getBoolean("communitySet")).isTrue();
            assertThat(v2Device.getBoolean("v3AuthKeySet")).isFalse();

            LocalDate day = LocalDate.of(2025, 10, 1);
            JsonObject first = dept.poll(day);
            assertThat(first.getInt("answered")).as(first.toString()).isEqualTo(2);

            // as before sealing existed: the secrets in plain text in the rows; the migration's routine seals them
            writeAsAdministrator("UPDATE paper.device SET v3_auth_key = ?, v3_priv_key = ? WHERE address = ?", AUTH, PRIV, v3.address());
            writeAsAdministrator("UPDATE paper.device SET community = ? WHERE address = ?", COMMUNITY, v2.address());
            int sealed;
            try (Connection db = TestDatabase.asAdministrator()) {
                sealed = V111__paper_seal_snmp_secrets.sealPlainValues(db, PaperSnmpSecretsIT::serversCipher);
            }
            assertThat(sealed).isEqualTo(3);
            List<String> resealed = storedSecrets(v3.address(), v2.address());
            assertThat(resealed).noneMatch(v -> v != null && (v.contains(AUTH) || v.contains(PRIV) || v.contains(COMMUNITY)));
            assertThat(resealed.get(2)).startsWith(SecretCipher.PREFIX).isNotEqualTo(stored.get(2));
            assertThat(serversCipher().open(resealed.get(2))).isEqualTo(AUTH);

            v3.print(40);
            v2.print(25);
            JsonObject second = dept.poll(day.plusDays(1));
            assertThat(second.getInt("answered")).as("the server opens what the migration sealed: " + second).isEqualTo(2);
            assertThat(TestDepartment.ADMIN.get("/api/v1/paper/devices/" + dept.deviceId(v3.address())
                    + "/readings?from=2025-10-01&to=2025-10-02").json().getJsonArray("readings").getJsonObject(1)
                    .getJsonNumber("pages").longValue()).isEqualTo(40);

            // sealed under another key, the passphrase does not open: the round reads the row, not a copy of it
            byte[] otherKey = new byte[32];
            Arrays.fill(otherKey, (byte) 3);
            writeAsAdministrator("UPDATE paper.device SET v3_auth_key = ? WHERE address = ?",
                    new SecretCipher(otherKey, "paper.device.snmp").seal(AUTH), v3.address());
            JsonObject third = dept.poll(day.plusDays(2));
            assertThat(third.getInt("answered")).as(third.toString()).isEqualTo(1);
            assertThat(third.getInt("silent")).isEqualTo(1);
        }
    }
}
