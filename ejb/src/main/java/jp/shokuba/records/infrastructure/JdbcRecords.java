package jp.shokuba.records.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import jp.shokuba.platform.DatabaseMigration;
import jp.shokuba.records.domain.Classification;
import jp.shokuba.records.domain.ClassificationRule;
import jp.shokuba.records.domain.IntakeState;
import jp.shokuba.records.domain.PageText;
import jp.shokuba.records.domain.Sha256;
import jp.shokuba.records.domain.TextLine;

/** The tables of schema {@code records}, in the caller's transaction. */
@ApplicationScoped
public class JdbcRecords {

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    public JdbcRecords() {
    }

    /** Outside the container (the benchmarks), on a data source of the caller's. */
    public JdbcRecords(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record IntakeRow(long id, Long recordId, Long duplicateOf, String fileName, String source,
                            String submittedBy, IntakeState state, String step, int pagesDone, Integer pagesTotal,
                            String reason, Instant receivedAt, Instant updatedAt) {
    }

    public record RecordRow(long id, String sha256, String fileName, String contentType, long size, String source,
                            String scanner, Instant receivedAt, String title, String documentType,
                            String department, String counterparty, Long amount, LocalDate documentDate,
                            Integer fiscalYear, Integer retentionYears, Integer pageCount, String personalData,
                            boolean hasMyNumber, Instant indexedAt, boolean hasArchive) {
    }

    public record PageRow(long recordId, int pageNo, String text, List<TextLine> lines, String source,
                          Float confidence) {
    }

    public record Hit(long recordId, String fileName, String title, int page, String text, double rank) {
    }

    public record Filters(String department, String type, Integer fiscalYear, LocalDate from, LocalDate to,
                          Long minAmount, Long maxAmount, String counterparty) {
    }

    /** Inserts the record unless its bytes are already one; empty when they are. */
    public Optional<Long> insertRecord(Sha256 sha, String fileName, String contentType, Path file, String source,
                                       String scanner, Instant receivedAt) {
        String sql = "INSERT INTO records.record (sha256, file_name, content_type, size_bytes, source, scanner,"
                + " received_at, original) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING RETURNING id";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            s.setString(1, sha.hex());
            s.setString(2, fileName);
            s.setString(3, contentType);
            s.setLong(4, size);
            s.setString(5, source);
            s.setString(6, scanner);
            s.setTimestamp(7, Timestamp.from(receivedAt));
            s.setBinaryStream(8, in, size);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Long> recordBySha(Sha256 sha) {
        return longs("SELECT id FROM records.record WHERE sha256 = ?", sha.hex()).stream().findFirst();
    }

    public long insertIntake(Long recordId, Long duplicateOf, String fileName, String source, String submittedBy,
                             IntakeState state, Instant at) {
        String sql = "INSERT INTO records.intake (record_id, duplicate_of, file_name, source, submitted_by, state,"
                + " received_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            setLong(s, 1, recordId);
            setLong(s, 2, duplicateOf);
            s.setString(3, fileName);
            s.setString(4, source);
            s.setString(5, submittedBy);
            s.setString(6, state.name());
            s.setTimestamp(7, Timestamp.from(at));
            s.setTimestamp(8, Timestamp.from(at));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<IntakeRow> intake(long id) {
        return intakes("SELECT * FROM records.intake WHERE id = ?", id).stream().findFirst();
    }

    public List<IntakeRow> intakes(int max) {
        return intakes("SELECT * FROM records.intake ORDER BY id DESC LIMIT ?", max);
    }

    public List<IntakeRow> intakesIn(IntakeState state, int max) {
        return intakes("SELECT * FROM records.intake WHERE state = ? ORDER BY id LIMIT ?", state.name(), max);
    }

    public List<IntakeRow> intakesOf(long recordId) {
        return intakes("SELECT * FROM records.intake WHERE record_id = ? ORDER BY id", recordId);
    }

    public List<Long> unfinished() {
        return longs("SELECT id FROM records.intake WHERE state IN ('QUEUED', 'EXTRACTING', 'OCR', 'WAITING_FOR_OCR')"
                + " ORDER BY id");
    }

    public void updateIntake(long id, IntakeState state, String step, int done, Integer total, String reason,
                             Instant at) {
        update("UPDATE records.intake SET state = ?, step = ?, pages_done = ?, pages_total = ?, reason = ?,"
                + " updated_at = ? WHERE id = ?", state.name(), step, done, total, reason, Timestamp.from(at), id);
    }

    public Optional<RecordRow> record(long id) {
        String sql = "SELECT id, sha256, file_name, content_type, size_bytes, source, scanner, received_at, title,"
                + " document_type, department, counterparty, amount, document_date, fiscal_year, retention_years,"
                + " page_count, personal_data, has_my_number, indexed_at, archive_pdf IS NOT NULL AS has_archive"
                + " FROM records.record WHERE id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Date d = r.getDate("document_date");
                Timestamp idx = r.getTimestamp("indexed_at");
                return Optional.of(new RecordRow(r.getLong("id"), r.getString("sha256"), r.getString("file_name"),
                        r.getString("content_type"), r.getLong("size_bytes"), r.getString("source"),
                        r.getString("scanner"), r.getTimestamp("received_at").toInstant(), r.getString("title"),
                        r.getString("document_type"), r.getString("department"), r.getString("counterparty"),
                        (Long) r.getObject("amount"), d == null ? null : d.toLocalDate(),
                        (Integer) r.getObject("fiscal_year"), (Integer) r.getObject("retention_years"),
                        (Integer) r.getObject("page_count"), r.getString("personal_data"),
                        r.getBoolean("has_my_number"), idx == null ? null : idx.toInstant(),
                        r.getBoolean("has_archive")));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<byte[]> original(long recordId) {
        return bytes("SELECT original FROM records.record WHERE id = ?", recordId);
    }

    public Optional<byte[]> archivePdf(long recordId) {
        return bytes("SELECT archive_pdf FROM records.record WHERE id = ? AND archive_pdf IS NOT NULL", recordId);
    }

    public Optional<byte[]> preview(long recordId, int page) {
        return bytes("SELECT preview FROM records.page WHERE record_id = ? AND page_no = ? AND preview IS NOT NULL",
                recordId, page);
    }

    public Optional<PageRow> page(long recordId, int page) {
        String sql = "SELECT record_id, page_no, text, lines, source, confidence FROM records.page"
                + " WHERE record_id = ? AND page_no = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, recordId);
            s.setInt(2, page);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new PageRow(r.getLong(1), r.getInt(2), r.getString(3), lines(r.getString(4)),
                        r.getString(5), (Float) r.getObject(6)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces the pages, hashes and findings of a record: a retried intake never doubles them. */
    public void savePages(long recordId, List<PageText> pages, List<String[]> hashesByPage, List<String> terms) {
        update("DELETE FROM records.page WHERE record_id = ?", recordId);
        update("DELETE FROM records.my_number WHERE record_id = ?", recordId);
        String sql = "INSERT INTO records.page (record_id, page_no, text, terms, lines, source, confidence, preview)"
                + " VALUES (?, ?, ?, CAST(? AS tsvector), ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             PreparedStatement h = c.prepareStatement(
                     "INSERT INTO records.my_number (record_id, page_no, hmac) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (int i = 0; i < pages.size(); i++) {
                PageText p = pages.get(i);
                s.setLong(1, recordId);
                s.setInt(2, p.number());
                s.setString(3, p.text());
                s.setString(4, terms.get(i));
                s.setString(5, json(p.lines()));
                s.setString(6, p.source());
                s.setFloat(7, (float) p.confidence());
                s.setBytes(8, p.preview());
                s.addBatch();
            }
            s.executeBatch();
            for (String[] ph : hashesByPage) {
                h.setLong(1, recordId);
                h.setInt(2, Integer.parseInt(ph[0]));
                h.setString(3, ph[1]);
                h.addBatch();
            }
            h.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void saveRecord(long recordId, Classification c, int fiscalYear, int pageCount, String personalData,
                           boolean hasMyNumber, byte[] archivePdf, Instant at) {
        update("UPDATE records.record SET title = ?, document_type = ?, department = ?, counterparty = ?, amount = ?,"
                        + " document_date = ?, fiscal_year = ?, retention_years = ?, page_count = ?, personal_data = ?,"
                        + " has_my_number = ?, archive_pdf = ?, indexed_at = ? WHERE id = ?",
                cut(c.title(), 200), c.documentType(), c.department(), cut(c.counterparty(), 200), c.amount(),
                c.documentDate() == null ? null : Date.valueOf(c.documentDate()), fiscalYear, c.retentionYears(),
                pageCount, personalData, hasMyNumber, archivePdf, Timestamp.from(at), recordId);
    }

    public void correct(long recordId, Classification c, int fiscalYear, String by) {
        update("UPDATE records.record SET title = ?, document_type = ?, department = ?, counterparty = ?, amount = ?,"
                        + " document_date = ?, fiscal_year = ?, retention_years = ?, corrected_by = ? WHERE id = ?",
                cut(c.title(), 200), c.documentType(), c.department(), cut(c.counterparty(), 200), c.amount(),
                c.documentDate() == null ? null : Date.valueOf(c.documentDate()), fiscalYear, c.retentionYears(),
                by, recordId);
    }

    public void deleteRecord(long recordId) {
        update("DELETE FROM records.record WHERE id = ?", recordId);
    }

    public List<ClassificationRule> rules() {
        String sql = "SELECT priority, pattern, regex, scanner, document_type, department, retention_years"
                + " FROM records.rule ORDER BY priority";
        List<ClassificationRule> rules = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rules.add(new ClassificationRule(r.getInt(1), r.getString(2), r.getBoolean(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getInt(7)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rules;
    }

    public List<Long> recordsByHash(String hmac) {
        return longs("SELECT DISTINCT record_id FROM records.my_number WHERE hmac = ? ORDER BY record_id", hmac);
    }

    public List<Hit> pagesByHash(String hmac, int size) {
        return hits("SELECT p.record_id, r.file_name, r.title, p.page_no, p.text, 1.0 AS rank"
                + " FROM records.my_number m JOIN records.page p ON p.record_id = m.record_id AND p.page_no = m.page_no"
                + " JOIN records.record r ON r.id = p.record_id WHERE m.hmac = ? ORDER BY p.record_id DESC, p.page_no"
                + " LIMIT ?", List.of(hmac, size));
    }

    /** Pages matching the query and the filters, best first, and how many match in all. */
    public List<Hit> search(String tsquery, String rankQuery, Filters f, int size, long[] total) {
        StringBuilder where = new StringBuilder(" WHERE p.terms @@ q");
        List<Object> args = new ArrayList<>();
        args.add(rankQuery == null ? tsquery : "(" + tsquery + ") | " + rankQuery);
        args.add(tsquery);
        if (f.department() != null) {
            where.append(" AND r.department = ?");
            args.add(f.department());
        }
        if (f.type() != null) {
            where.append(" AND r.document_type = ?");
            args.add(f.type());
        }
        if (f.fiscalYear() != null) {
            where.append(" AND r.fiscal_year = ?");
            args.add(f.fiscalYear());
        }
        if (f.from() != null) {
            where.append(" AND r.document_date >= ?");
            args.add(Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            where.append(" AND r.document_date <= ?");
            args.add(Date.valueOf(f.to()));
        }
        if (f.minAmount() != null) {
            where.append(" AND r.amount >= ?");
            args.add(f.minAmount());
        }
        if (f.maxAmount() != null) {
            where.append(" AND r.amount <= ?");
            args.add(f.maxAmount());
        }
        if (f.counterparty() != null) {
            where.append(" AND r.counterparty LIKE ?");
            args.add("%" + f.counterparty().replace("%", "").replace("_", "") + "%");
        }
        String from = " FROM records.page p JOIN records.record r ON r.id = p.record_id,"
                + " CAST(? AS tsquery) rq, CAST(? AS tsquery) q";
        List<Object> countArgs = new ArrayList<>(args);
        total[0] = longs("SELECT count(*)" + from + where, countArgs.toArray()).get(0);
        args.add(size);
        return hits("SELECT p.record_id, r.file_name, r.title, p.page_no, p.text, ts_rank(p.terms, rq) AS rank"
                + from + where + " ORDER BY rank DESC, p.record_id DESC, p.page_no LIMIT ?", args);
    }

    private List<Hit> hits(String sql, List<Object> args) {
        List<Hit> hits = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args.toArray());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    hits.add(new Hit(r.getLong(1), r.getString(2), r.getString(3), r.getInt(4), r.getString(5),
                            r.getDouble(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return hits;
    }

    private List<IntakeRow> intakes(String sql, Object... args) {
        List<IntakeRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new IntakeRow(r.getLong("id"), (Long) r.getObject("record_id"),
                            (Long) r.getObject("duplicate_of"), r.getString("file_name"), r.getString("source"),
                            r.getString("submitted_by"), IntakeState.valueOf(r.getString("state")),
                            r.getString("step"), r.getInt("pages_done"), (Integer) r.getObject("pages_total"),
                            r.getString("reason"), r.getTimestamp("received_at").toInstant(),
                            r.getTimestamp("updated_at").toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private List<Long> longs(String sql, Object... args) {
        List<Long> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private Optional<byte[]> bytes(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.ofNullable(r.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) {
                s.setNull(i + 1, Types.NULL);
            } else if (a instanceof byte[] b) {
                s.setBytes(i + 1, b);
            } else {
                s.setObject(i + 1, a);
            }
        }
    }

    private static void setLong(PreparedStatement s, int i, Long v) throws SQLException {
        if (v == null) {
            s.setNull(i, Types.BIGINT);
        } else {
            s.setLong(i, v);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    static String json(List<TextLine> lines) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (TextLine l : lines) {
            a.add(Json.createObjectBuilder().add("t", l.text()).add("x", l.x()).add("y", l.y()).add("w", l.w())
                    .add("h", l.h()));
        }
        return a.build().toString();
    }

    static List<TextLine> lines(String json) {
        List<TextLine> lines = new ArrayList<>();
        try (var reader = Json.createReader(new StringReader(json == null ? "[]" : json))) {
            for (JsonValue v : reader.readArray()) {
                JsonObject o = v.asJsonObject();
                lines.add(new TextLine(o.getString("t"), o.getJsonNumber("x").doubleValue(),
                        o.getJsonNumber("y").doubleValue(), o.getJsonNumber("w").doubleValue(),
                        o.getJsonNumber("h").doubleValue()));
            }
        }
        return lines;
    }
}
