package jp.shokuba.audit.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import jp.shokuba.audit.domain.AuditEntries;
import jp.shokuba.audit.domain.AuditEntry;
import jp.shokuba.audit.domain.AuditLog;
import jp.shokuba.audit.domain.AuditQuery;
import jp.shokuba.platform.DatabaseMigration;
import jp.shokuba.platform.LikePattern;

/**
 * The chain in table {@code audit.entry}, written with plain JDBC inside the caller's transaction.
 * A transaction-scoped advisory lock serialises appenders until they commit, so each new entry is
 * linked to the entry committed just before it.
 */
@ApplicationScoped
public class JdbcAuditLog implements AuditLog {

    private static final long CHAIN_LOCK = 0x5348_4f4b_4155_4449L; // "SHOKAUDI"
    private static final String COLUMNS = "id, occurred_at, actor, action, object_type, object_id, "
            + "remote_address, detail, previous_hash, hash";

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    private DataSource dataSource;

    @Override
    public String lockAndReadLastHash() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)");
             PreparedStatement last = c.prepareStatement(
                     "SELECT hash FROM audit.entry ORDER BY id DESC LIMIT 1")) {
            lock.setLong(1, CHAIN_LOCK);
            lock.execute();
            try (ResultSet rs = last.executeQuery()) {
                return rs.next() ? rs.getString(1) : AuditEntry.GENESIS;
            }
        } catch (SQLException e) {
            throw new AuditStorageException("cannot read the audit chain", e);
        }
    }

    @Override
    public long nextId() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement next = c.prepareStatement("SELECT nextval('audit.entry_id_seq')");
             ResultSet rs = next.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new AuditStorageException("cannot number an audit entry", e);
        }
    }

    @Override
    public void append(AuditEntry e) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO audit.entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, e.id());
            insert.setObject(2, OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC));
            insert.setString(3, e.actor());
            insert.setString(4, e.action());
            insert.setString(5, e.objectType());
            insert.setString(6, e.objectId());
            insert.setString(7, e.remoteAddress());
            insert.setString(8, e.detail());
            insert.setString(9, e.previousHash());
            insert.setString(10, e.hash());
            insert.executeUpdate();
        } catch (SQLException ex) {
            throw new AuditStorageException("cannot append to the audit chain", ex);
        }
    }

    @Override
    public void forEachInOrder(Consumer<AuditEntry> visitor) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement all = c.prepareStatement("SELECT " + COLUMNS + " FROM audit.entry ORDER BY id")) {
            all.setFetchSize(1000);
            try (ResultSet rs = all.executeQuery()) {
                while (rs.next()) {
                    visitor.accept(read(rs));
                }
            }
        } catch (SQLException e) {
            throw new AuditStorageException("cannot read the audit chain", e);
        }
    }

    @Override
    public List<AuditEntry> forObject(String objectType, String objectId) {
        return query("SELECT " + COLUMNS + " FROM audit.entry WHERE object_type = ? AND object_id = ? ORDER BY id",
                objectType, objectId);
    }

    @Override
    public List<AuditEntry> latest(int first, int max) {
        return query("SELECT " + COLUMNS + " FROM audit.entry ORDER BY id DESC OFFSET ? LIMIT ?", first, max);
    }

    @Override
    public AuditEntries search(AuditQuery q) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE true");
        if (q.actor() != null) {
            where.append(" AND actor = ?");
            parameters.add(q.actor());
        }
        if (q.kindIsPrefix()) {
            where.append(" AND action LIKE ?").append(LikePattern.ESCAPE_CLAUSE);
            parameters.add(LikePattern.startingWith(q.kind()));
        } else if (q.kind() != null) {
            where.append(" AND action = ?");
            parameters.add(q.kind());
        }
        if (q.objectType() != null) {
            where.append(" AND object_type = ?");
            parameters.add(q.objectType());
        }
        if (q.objectId() != null) {
            where.append(" AND object_id = ?");
            parameters.add(q.objectId());
        }
        if (q.from() != null) {
            where.append(" AND occurred_at >= ?");
            parameters.add(q.fromInclusive().toOffsetDateTime());
        }
        if (q.to() != null) {
            where.append(" AND occurred_at < ?");
            parameters.add(q.toExclusive().toOffsetDateTime());
        }
        long total = count("SELECT count(*) FROM audit.entry" + where, parameters.toArray());
        parameters.add(q.offset());
        parameters.add(q.size());
        List<AuditEntry> page = query("SELECT " + COLUMNS + " FROM audit.entry" + where
                + " ORDER BY id DESC OFFSET ? LIMIT ?", parameters.toArray());
        return new AuditEntries(page, total);
    }

    @Override
    public long count() {
        return count("SELECT count(*) FROM audit.entry");
    }

    private long count(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement count = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                count.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new AuditStorageException("cannot count the audit chain", e);
        }
    }

    @Override
    public Optional<AuditEntry> byId(long id) {
        return query("SELECT " + COLUMNS + " FROM audit.entry WHERE id = ?", id).stream().findFirst();
    }

    private List<AuditEntry> query(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    entries.add(read(rs));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new AuditStorageException("cannot read the audit chain", e);
        }
    }

    private static AuditEntry read(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
                rs.getString("remote_address"), rs.getString("detail"), rs.getString("previous_hash"),
                rs.getString("hash"));
    }
}
