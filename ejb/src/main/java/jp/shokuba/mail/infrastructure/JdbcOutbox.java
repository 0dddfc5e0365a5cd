package jp.shokuba.mail.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import jp.shokuba.mail.domain.Mail;
import jp.shokuba.mail.domain.Outbox;
import jp.shokuba.mail.domain.QueuedMail;
import jp.shokuba.platform.DatabaseMigration;

/**
 * Table {@code mail.outbox} by plain JDBC on the container's data source, so {@link #add} joins the caller's
 * transaction. Claiming locks the due rows with {@code SKIP LOCKED}: two senders never take the same mail.
 */
@ApplicationScoped
public class JdbcOutbox implements Outbox {

    private static final String COLUMNS = "id, created_at, recipient_login, recipient_name, recipient_address, subject,"
            + " body, attempts, next_attempt_at, last_error, sent_at";

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @Override
    public long add(Mail mail) {
        return query("INSERT INTO mail.outbox (recipient_login, recipient_name, recipient_address, subject, body)"
                + " VALUES (?, ?, ?, ?, ?) RETURNING id", s -> {
                    s.setString(1, mail.recipientLogin());
                    s.setString(2, mail.recipientName());
                    s.setString(3, mail.recipientAddress());
                    s.setString(4, mail.subject());
                    s.setString(5, mail.body());
                }, rs -> rs.getLong(1)).get(0);
    }

    @Override
    public List<QueuedMail> claimDue(Instant now, Duration lease, int max) {
        return query("UPDATE mail.outbox SET next_attempt_at = ? WHERE id IN (SELECT id FROM mail.outbox"
                + " WHERE sent_at IS NULL AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)"
                + " RETURNING " + COLUMNS, s -> {
                    s.setTimestamp(1, Timestamp.from(now.plus(lease)));
                    s.setTimestamp(2, Timestamp.from(now));
                    s.setInt(3, max);
                }, JdbcOutbox::queued);
    }

    @Override
    public void markSent(long id, Instant at) {
        update("UPDATE mail.outbox SET sent_at = ?, last_error = NULL WHERE id = ?", s -> {
            s.setTimestamp(1, Timestamp.from(at));
            s.setLong(2, id);
        });
    }

    @Override
    public void markFailed(long id, int attempts, String error, Instant nextAttempt) {
        update("UPDATE mail.outbox SET attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ?", s -> {
            s.setInt(1, attempts);
            s.setString(2, error);
            s.setTimestamp(3, Timestamp.from(nextAttempt));
            s.setLong(4, id);
        });
    }

    @Override
    public List<QueuedMail> unsent(int max) {
        return query("SELECT " + COLUMNS + " FROM mail.outbox WHERE sent_at IS NULL ORDER BY created_at, id LIMIT ?",
                s -> s.setInt(1, max), JdbcOutbox::queued);
    }

    @Override
    public Optional<QueuedMail> find(long id) {
        return query("SELECT " + COLUMNS + " FROM mail.outbox WHERE id = ?", s -> s.setLong(1, id), JdbcOutbox::queued)
                .stream().findFirst();
    }

    @Override
    public boolean dueNow(long id, Instant now) {
        return update("UPDATE mail.outbox SET next_attempt_at = ? WHERE id = ? AND sent_at IS NULL", s -> {
            s.setTimestamp(1, Timestamp.from(now));
            s.setLong(2, id);
        }) == 1;
    }

    private static QueuedMail queued(ResultSet rs) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new QueuedMail(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(),
                new Mail(rs.getString("recipient_login"), rs.getString("recipient_name"), rs.getString("recipient_address"),
                        rs.getString("subject"), rs.getString("body")),
                rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(),
                Optional.ofNullable(rs.getString("last_error")), Optional.ofNullable(sent).map(Timestamp::toInstant));
    }

    private interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Binder binder, Row<T> row) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            try (ResultSet rs = s.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("mail outbox: " + e.getMessage(), e);
        }
    }

    private int update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("mail outbox: " + e.getMessage(), e);
        }
    }
}
