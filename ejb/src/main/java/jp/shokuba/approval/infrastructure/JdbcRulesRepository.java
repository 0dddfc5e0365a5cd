package jp.shokuba.approval.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import jp.shokuba.approval.domain.RuleLine;
import jp.shokuba.approval.domain.RulesRepository;
import jp.shokuba.platform.DatabaseMigration;

/** The rules versions in {@code approval.rules_version} and {@code approval.rule}, in the caller's transaction. */
@ApplicationScoped
public class JdbcRulesRepository implements RulesRepository {

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Override
    public Optional<RulesVersion> current() {
        return query("SELECT * FROM approval.rules_version ORDER BY version DESC LIMIT 1").stream().findFirst();
    }

    @Override
    public Optional<RulesVersion> version(int version) {
        return query("SELECT * FROM approval.rules_version WHERE version = " + version).stream().findFirst();
    }

    @Override
    public List<RulesVersion> all() {
        return query("SELECT * FROM approval.rules_version ORDER BY version DESC");
    }

    @Override
    public void add(RulesVersion v) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement head = c.prepareStatement("INSERT INTO approval.rules_version"
                     + " (version, created_at, created_by, note, decision_definition_id) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement line = c.prepareStatement("INSERT INTO approval.rule"
                     + " (version, line, document_type, amount_up_to, final_position) VALUES (?, ?, ?, ?, ?)")) {
            head.setInt(1, v.version());
            head.setTimestamp(2, Timestamp.from(v.createdAt()));
            head.setString(3, v.createdBy());
            head.setString(4, v.note());
            head.setString(5, v.decisionDefinitionId());
            head.executeUpdate();
            int n = 0;
            for (RuleLine l : v.lines()) {
                line.setInt(1, v.version());
                line.setInt(2, ++n);
                line.setString(3, l.documentType());
                line.setBigDecimal(4, l.amountUpTo());
                line.setString(5, l.finalPosition());
                line.addBatch();
            }
            line.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot save rules version " + v.version(), e);
        }
    }

    private List<RulesVersion> query(String sql) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(sql);
             PreparedStatement lines = c.prepareStatement(
                     "SELECT document_type, amount_up_to, final_position FROM approval.rule WHERE version = ? ORDER BY line");
             ResultSet rs = s.executeQuery()) {
            List<RulesVersion> found = new ArrayList<>();
            while (rs.next()) {
                int version = rs.getInt("version");
                lines.setInt(1, version);
                List<RuleLine> rules = new ArrayList<>();
                try (ResultSet l = lines.executeQuery()) {
                    while (l.next()) {
                        rules.add(new RuleLine(l.getString(1), l.getBigDecimal(2), l.getString(3)));
                    }
                }
                found.add(new RulesVersion(version, rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                        rs.getString("note"), rs.getString("decision_definition_id"), rules));
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the delegation rules", e);
        }
    }
}
