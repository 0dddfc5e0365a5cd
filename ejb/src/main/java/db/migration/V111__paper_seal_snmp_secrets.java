package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import jp.shokuba.paper.infrastructure.PaperSecretKey;
import jp.shokuba.platform.SecretCipher;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Seals the SNMP communities and v3 passphrases that were stored in plain text before V110, with the paper secret
 * key outside the database (see {@link PaperSecretKey}). Values already sealed are left as they are, so running the
 * sealing again changes nothing. The key is only read (or made) when there is something to seal.
 */
public class V111__paper_seal_snmp_secrets extends BaseJavaMigration {

    private static final List<String> COLUMNS = List.of("community", "v3_auth_key", "v3_priv_key");

    @Override
    public void migrate(Context context) throws Exception {
        sealPlainValues(context.getConnection(), () -> PaperSecretKey.cipher(ConfigProvider.getConfig()));
    }

    /** @return the number of values sealed */
    public static int sealPlainValues(Connection db, java.util.function.Supplier<SecretCipher> key) throws SQLException {
        record Plain(long id, String column, String value) {
        }
        List<Plain> plain = new ArrayList<>();
        for (String column : COLUMNS) {
            try (PreparedStatement q = db.prepareStatement("SELECT id, " + column + " FROM paper.device WHERE "
                    + column + " IS NOT NULL AND " + column + " NOT LIKE ?")) {
                q.setString(1, SecretCipher.PREFIX + "%");
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        plain.add(new Plain(r.getLong(1), column, r.getString(2)));
                    }
                }
            }
        }
        if (plain.isEmpty()) {
            return 0;
        }
        SecretCipher cipher = key.get();
        for (Plain p : plain) {
            try (PreparedStatement u = db.prepareStatement("UPDATE paper.device SET " + p.column() + " = ? WHERE id = ?")) {
                u.setString(1, cipher.seal(p.value()));
                u.setLong(2, p.id());
                u.executeUpdate();
            }
        }
        return plain.size();
    }
}
