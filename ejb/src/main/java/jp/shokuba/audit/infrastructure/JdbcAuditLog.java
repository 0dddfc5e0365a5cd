package jp.shokuba.audit.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import jp.shokuba.audit.domain.AuditEntries;
import jp.shokuba.audit.domain.AuditEntry;
import jp.shokuba.audit.domain.AuditEvent;
import jp.shokuba.audit.domain.AuditLog;
import jp.shokuba.audit.domain.AuditQuery;
import jp.shokuba.audit.domain.ChainHead;
import jp.shokuba.audit.domain.ChainVerification;
import jp.shokuba.audit.domain.VerificationRun;
import jp.shokuba.platform.DatabaseMigration;
import jp.shokuba.platform.LikePattern;

/**
 * The trail in schema {@code audit}, with plain JDBC inside the caller's transaction: entries in {@code entry}
 * (written by the action's own transaction, no lock), the chain in {@code seal} (written by the sealer, which alone
 * takes a transaction-scoped advisory lock), published heads in {@code head}, verification outcomes in
 * {@code verification}.
 */
@ApplicationScoped
public class JdbcAuditLog implements AuditLog {

    /** The sealer's advisory lock; anyone holding it (as a test may) keeps the chain as it is. */
    public static final long SEAL_LOCK = 0x5348_4f4b_4155_4449L; // "SHOKAUDI"
    private static final int MAX_KEPT_PROBLEMS = 1000;
    private static final String CONTENT = "e.id, e.occurred_at, e.actor, e.action, e.object_type, e.object_id, "
            + "e.remote_address, e.detail";
    private static final String WITH_LINK = CONTENT + ", s.previous_hash, s.hash";
    private static final String ENTRIES = " FROM audit.entry e LEFT JOIN audit.seal s ON s.entry_id = e.id";

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    private DataSource dataSource;

    @Override
    public AuditEntry append(Instant occurredAt, String actor, String remoteAddress, AuditEvent event) {
        AuditEntry draft = AuditEntry.unsealed(0, occurredAt, actor, remoteAddress, event);
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO audit.entry (occurred_at, actor, action, "
                     + "object_type, object_id, remote_address, detail) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            insert.setObject(1, OffsetDateTime.ofInstant(draft.occurredAt(), ZoneOffset.UTC));
            insert.setString(2, draft.actor());
            insert.setString(3, draft.action());
            insert.setString(4, draft.objectType());
            insert.setString(5, draft.objectId());
            insert.setString(6, draft.remoteAddress());
            insert.setString(7, draft.detail());
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return AuditEntry.unsealed(rs.getLong(1), draft.occurredAt(), actor, remoteAddress, event);
            }
        } catch (SQLException ex) {
            throw new AuditStorageException("cannot append to the audit trail", ex);
        }
    }

    @Override
    public boolean lockSealing(boolean wait) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement lock = c.prepareStatement(wait ? "SELECT pg_advisory_xact_lock(?), true"
                     : "SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, SEAL_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(wait ? 2 : 1);
            }
        } catch (SQLException e) {
            throw new AuditStorageException("cannot lock the audit chain for sealing", e);
        }
    }

    @Override
    public Link lastLink() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement last = c.prepareStatement("SELECT seq, entry_id, hash FROM audit.seal ORDER BY seq DESC LIMIT 1");
             ResultSet rs = last.executeQuery()) {
            return rs.next() ? new Link(rs.getLong(1), rs.getLong(2), rs.getString(3)) : new Link(0, 0, AuditEntry.GENESIS);
        } catch (SQLException e) {
            throw new AuditStorageException("cannot read the audit chain", e);
        }
    }

    @Override
    public List<AuditEntry> unsealed(Duration recent, int max) {
        String window = recent == null ? "" : " AND e.occurred_at > now() - make_interval(secs => ?)";
        String sql = "SELECT " + CONTENT + ", NULL AS previous_hash, NULL AS hash FROM audit.entry e WHERE NOT EXISTS "
                + "(SELECT 1 FROM audit.seal s WHERE s.entry_id = e.id)" + window + " ORDER BY e.id LIMIT ?";
        return recent == null ? query(sql, max) : query(sql, (double) recent.toSeconds(), max);
    }

    @Override
    public List<Long> unsealedOlderThan(Duration age, int max) {
        return query("SELECT " + CONTENT + ", NULL AS previous_hash, NULL AS hash FROM audit.entry e WHERE NOT EXISTS "
                + "(SELECT 1 FROM audit.seal s WHERE s.entry_id = e.id) AND e.occurred_at < now() - make_interval(secs => ?)"
                + " ORDER BY e.id LIMIT ?", (double) age.toSeconds(), max).stream().map(AuditEntry::id).toList();
    }

    @Override
    public void seal(long firstSeq, List<AuditEntry> sealed) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO audit.seal (seq, entry_id, previous_hash, hash) VALUES (?, ?, ?, ?)")) {
            long seq = firstSeq;
            for (AuditEntry e : sealed) {
                insert.setLong(1, seq++);
                insert.setLong(2, e.id());
                insert.setString(3, e.previousHash());
                insert.setString(4, e.hash());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new AuditStorageException("cannot seal the audit trail", e);
        }
    }

    @Override
    public void forEachLink(Consumer<AuditEntry> visitor) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement all = c.prepareStatement("SELECT s.entry_id AS link_entry, " + WITH_LINK
                     + " FROM audit.seal s LEFT JOIN audit.entry e ON e.id = s.entry_id ORDER BY s.seq")) {
            all.setFetchSize(1000);
            try (ResultSet rs = all.executeQuery()) {
                while (rs.next()) {
                    visitor.accept(rs.getObject("id") == null
                            ? new AuditEntry(rs.getLong("link_entry"), null, null, null, null, null, null, null,
                                    rs.getString("previous_hash"), rs.getString("hash"))
                            : read(rs));
                }
            }
        } catch (SQLException e) {
            throw new AuditStorageException("cannot read the audit chain", e);
        }
    }

    @Override
    public List<AuditEntry> forObject(String objectType, String objectId) {
        return query("SELECT " + WITH_LINK + ENTRIES + " WHERE e.object_type = ? AND e.object_id = ? ORDER BY e.id",
                objectType, objectId);
    }

    @Override
    public Optional<AuditEntry> byId(long id) {
        return query("SELECT " + WITH_LINK + ENTRIES + " WHERE e.id = ?", id).stream().findFirst();
    }

    @Override
    public AuditEntries search(AuditQuery q) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE true");
        if (q.actor() != null) {
            where.append(" AND e.actor = ?");
            parameters.add(q.actor());
        }
        if (q.kindIsPrefix()) {
            where.append(" AND e.action LIKE ?").append(LikePattern.ESCAPE_CLAUSE);
            parameters.add(LikePattern.startingWith(q.kind()));
        } else if (q.kind() != null) {
            where.append(" AND e.action = ?");
            parameters.add(q.kind());
        }
        if (q.objectType() != null) {
            where.append(" AND e.object_type = ?");
            parameters.add(q.objectType());
        }
        if (q.objectId() != null) {
            where.append(" AND e.object_id = ?");
            parameters.add(q.objectId());
        }
        if (q.from() != null) {
            where.append(" AND e.occurred_at >= ?");
            parameters.add(q.fromInclusive().toOffsetDateTime());
        }
        if (q.to() != null) {
            where.append(" AND e.occurred_at < ?");
            parameters.add(q.toExclusive().toOffsetDateTime());
        }
        long total = count("SELECT count(*) FROM audit.entry e" + where, parameters.toArray());
        parameters.add(q.offset());
        parameters.add(q.size());
        List<AuditEntry> page = query("SELECT " + WITH_LINK + ENTRIES + where + " ORDER BY e.id DESC OFFSET ? LIMIT ?",
                parameters.toArray());
        return new AuditEntries(page, total);
    }

    @Override
    public long count() {
        return count("SELECT count(*) FROM audit.entry");
    }

    @Override
    public void publish(ChainHead h) {
        update("INSERT INTO audit.head (day, last_entry_id, entry_count, hash, signature) VALUES (?, ?, ?, ?, ?)",
                h.day(), h.lastEntryId(), h.count(), h.hash(), h.signature());
    }

    @Override
    public List<ChainHead> heads() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement all = c.prepareStatement(
                     "SELECT day, last_entry_id, entry_count, hash, signature FROM audit.head ORDER BY id");
             ResultSet rs = all.executeQuery()) {
            List<ChainHead> heads = new ArrayList<>();
            while (rs.next()) {
                heads.add(new ChainHead(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5)));
            }
            return heads;
        } catch (SQLException e) {
            throw new AuditStorageException("cannot read the published heads", e);
        }
    }

    @Override
    public void remember(VerificationRun run) {
        String problems = run.problems().stream().limit(MAX_KEPT_PROBLEMS)
                .map(p -> p.entryId() + " " + p.finding().name()).collect(Collectors.joining("\n"));
        update("INSERT INTO audit.verification (ran_at, checked, intact, problems) VALUES (?, ?, ?, ?)",
                OffsetDateTime.ofInstant(run.ranAt(), ZoneOffset.UTC), run.checked(), run.intact(), problems);
    }

    @Override
    public Optional<VerificationRun> lastVerification() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement last = c.prepareStatement(
                     "SELECT ran_at, checked, problems FROM audit.verification ORDER BY id DESC LIMIT 1");
             ResultSet rs = last.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            List<ChainVerification.Problem> problems = Arrays.stream(rs.getString(3).split("\n"))
                    .filter(line -> !line.isBlank()).map(line -> line.split(" "))
                    .map(p -> new ChainVerification.Problem(Long.parseLong(p[0]), ChainVerification.Finding.valueOf(p[1])))
                    .toList();
            return Optional.of(new VerificationRun(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getLong(2), problems));
        } catch (SQLException e) {
            throw new AuditStorageException("cannot read the last verification", e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new AuditStorageException("cannot write to the audit schema", e);
        }
    }

    private long count(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement count = c.prepareStatement(sql)) {
            bind(count, parameters);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new AuditStorageException("cannot count the audit trail", e);
        }
    }

    private List<AuditEntry> query(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(sql)) {
            bind(select, parameters);
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    entries.add(read(rs));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new AuditStorageException("cannot read the audit trail", e);
        }
    }

    private static void bind(PreparedStatement s, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
    }

    private static AuditEntry read(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
                rs.getString("remote_address"), rs.getString("detail"), rs.getString("previous_hash"),
                rs.getString("hash"));
    }
}
