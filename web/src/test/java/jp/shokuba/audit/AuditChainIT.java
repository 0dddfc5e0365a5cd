package jp.shokuba.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import jp.shokuba.audit.domain.AuditEntry;
import jp.shokuba.audit.infrastructure.JdbcAuditLog;
import jp.shokuba.it.Api;
import jp.shokuba.it.Platform;
import jp.shokuba.it.TestDatabase;
import jp.shokuba.platform.KeyFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sealed chain: entries are linked within seconds of their commit without the action waiting for a lock,
 * verification runs on demand with its last result kept, and the signed daily heads catch what the hash chain
 * alone cannot: someone with the database administrator's rights who rewrites an entry and recomputes every hash
 * after it, or cuts the chain back.
 */
@ExtendWith(Platform.class)
class AuditChainIT {

    private static final Api ADMIN = Api.as("admin");

    /** A link of the chain as stored. */
    private record Link(long seq, long entryId, String previousHash, String hash) {
    }

    @Test
    void anEntryIsSealedIntoTheChainWithinSecondsOfItsCommit() throws Exception {
        assertThat(ADMIN.get("/api/v1/staff/ito").status()).isEqualTo(200);
        long id = AuditApiIT.entries("actor=admin&kind=staff.viewed&objectId=ito&size=1").get(0).getJsonNumber("id").longValue();

        long deadline = System.nanoTime() + 15_000_000_000L;
        while (sealOf(id) == null && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Link link = sealOf(id);
        assertThat(link).as("entry " + id + " sealed").isNotNull();
        assertThat(link.previousHash()).isEqualTo(linkAt(link.seq() - 1).hash());
    }

    @Test
    void theLastVerificationIsKeptAndShown() {
        JsonObject now = ADMIN.post("/api/v1/audit/verification", "").json();
        JsonObject last = ADMIN.get("/api/v1/audit/verification").json();

        assertThat(now.getBoolean("intact")).as(now.toString()).isTrue();
        assertThat(last.getString("ranAt")).endsWith("+09:00");
        assertThat(last.getJsonNumber("checked").longValue()).isPositive();
        assertThat(last.getBoolean("intact")).isTrue();
        String page = Api.as("admin").get("/admin/audit.xhtml", "text/html").body();
        assertThat(page).contains("最後の検査", "改ざんはありません");
        assertThat(Api.as("tanaka").get("/api/v1/audit/verification").status()).isEqualTo(403);
    }

    @Test
    void aPublishedHeadIsASignedLineInTheLogAndInTheDownloadWithAKeyOutsideTheDatabase() throws Exception {
        JsonObject head = ADMIN.post("/api/v1/audit/heads", "").json();
        String text = head.getString("day") + " " + head.getJsonNumber("lastId") + " " + head.getJsonNumber("count") + " "
                + head.getString("hash");
        String line = text + " " + head.getString("signature");

        Api.Reply download = ADMIN.get("/api/v1/audit/heads", "text/plain");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body().lines()).contains(line);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        Path keyFile = Path.of(System.getenv("SHOKUBA_AUDIT_HEAD_KEY_FILE"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        byte[] key = Base64.getDecoder().decode(Files.readString(keyFile).strip());
        assertThat(head.getString("signature")).isEqualTo(KeyFile.hmacSha256(key, text));
        Path log = Path.of("target", "it-payara.log");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!Files.readString(log).contains("audit head " + line) && System.nanoTime() < deadline) {
            Thread.sleep(200); // the server's log is written a moment later
        }
        assertThat(Files.readString(log)).contains("audit head " + line);
        assertThat(Api.as("tanaka").get("/api/v1/audit/heads", "text/plain").status()).isEqualTo(403);
    }

    @Test
    void aChainRewrittenWithRecomputedHashesIsCaughtAgainstThePublishedHead() throws Exception {
        JsonObject head = ADMIN.post("/api/v1/audit/heads", "").json();
        long count = head.getJsonNumber("count").longValue();
        try (Connection db = TestDatabase.asAdministrator()) {
            holdTheSealersLock(db);
            List<Link> original = linksFrom(db, count - 1);
            long victim = original.get(0).entryId();
            String detail = detailOf(db, victim);
            try {
                rewrite(db, victim, "改ざんされた内容", original);

                JsonObject report = ADMIN.get("/api/v1/audit/verify").json();

                assertThat(report.getBoolean("intact")).isFalse();
                List<JsonObject> problems = report.getJsonArray("problems").getValuesAs(JsonObject.class);
                assertThat(problems).as("every hash was recomputed: only the head shows it")
                        .noneMatch(p -> p.getString("finding").equals("CONTENT_ALTERED") || p.getString("finding").equals("CHAIN_BROKEN"))
                        .anySatisfy(p -> {
                            assertThat(p.getString("finding")).isEqualTo("HEAD_MISMATCH");
                            assertThat(p.getJsonNumber("entryId").longValue()).isEqualTo(head.getJsonNumber("lastId").longValue());
                        });
            } finally {
                restore(db, victim, detail, original);
                db.createStatement().execute("SELECT pg_advisory_unlock_all()");
            }
        }
        assertThat(ADMIN.get("/api/v1/audit/verify").json().getBoolean("intact")).isTrue();
    }

    @Test
    void aChainCutBackBelowThePublishedHeadIsCaught() throws Exception {
        JsonObject head = ADMIN.post("/api/v1/audit/heads", "").json();
        long count = head.getJsonNumber("count").longValue();
        try (Connection db = TestDatabase.asAdministrator()) {
            holdTheSealersLock(db);
            List<Link> cut = linksFrom(db, count - 1);
            List<Instant> sealedAt = sealedAt(db, count - 1);
            try {
                asIntruder(db, s -> s.executeUpdate("DELETE FROM audit.seal WHERE seq >= " + (count - 1)));

                JsonObject report = ADMIN.get("/api/v1/audit/verify").json();

                assertThat(report.getJsonArray("problems").getValuesAs(JsonObject.class)).anySatisfy(p -> {
                    assertThat(p.getString("finding")).isEqualTo("CHAIN_TRUNCATED");
                    assertThat(p.getJsonNumber("entryId").longValue()).isEqualTo(head.getJsonNumber("lastId").longValue());
                });
            } finally {
                asIntruder(db, s -> {
                    for (int i = 0; i < cut.size(); i++) {
                        Link l = cut.get(i);
                        s.executeUpdate("INSERT INTO audit.seal (seq, entry_id, previous_hash, hash, sealed_at) VALUES ("
                                + l.seq() + ", " + l.entryId() + ", '" + l.previousHash() + "', '" + l.hash() + "', '"
                                + OffsetDateTime.ofInstant(sealedAt.get(i), java.time.ZoneOffset.UTC) + "')");
                    }
                });
                db.createStatement().execute("SELECT pg_advisory_unlock_all()");
            }
        }
        assertThat(ADMIN.get("/api/v1/audit/verify").json().getBoolean("intact")).isTrue();
    }

    @Test
    void aHeadWhoseSignatureDoesNotVerifyIsReportedAsForged() throws Exception {
        try (Connection db = TestDatabase.asAdministrator()) {
            Link last = linkAt(maxSeq(db));
            asIntruder(db, s -> s.executeUpdate("INSERT INTO audit.head (day, last_entry_id, entry_count, hash, signature) "
                    + "VALUES (current_date, " + last.entryId() + ", " + last.seq() + ", '" + last.hash() + "', '"
                    + "0".repeat(64) + "')"));
            try {
                JsonObject report = ADMIN.get("/api/v1/audit/verify").json();
                assertThat(report.getJsonArray("problems").getValuesAs(JsonObject.class))
                        .anySatisfy(p -> assertThat(p.getString("finding")).isEqualTo("HEAD_FORGED"));
            } finally {
                asIntruder(db, s -> s.executeUpdate("DELETE FROM audit.head WHERE signature = '" + "0".repeat(64) + "'"));
            }
        }
        assertThat(ADMIN.get("/api/v1/audit/verify").json().getBoolean("intact")).isTrue();
    }

    /** The test stands in for a sealer at work, so that the chain holds still while it is rewritten and put back. */
    private static void holdTheSealersLock(Connection db) throws SQLException {
        try (PreparedStatement lock = db.prepareStatement("SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, JdbcAuditLog.SEAL_LOCK);
            lock.execute();
        }
    }

    /** What an intruder with the administrator's rights does: the append-only triggers off, then a change, committed. */
    private static void asIntruder(Connection db, SqlWork work) throws SQLException {
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute("SET LOCAL session_replication_role = replica");
            work.run(s);
        }
        db.commit();
        db.setAutoCommit(true);
    }

    /** Edits the entry, then recomputes its link and every link after it, as a careful intruder would. */
    private static void rewrite(Connection db, long victim, String detail, List<Link> links) throws SQLException {
        asIntruder(db, s -> {
            try (PreparedStatement edit = db.prepareStatement("UPDATE audit.entry SET detail = ? WHERE id = ?")) {
                edit.setString(1, detail);
                edit.setLong(2, victim);
                edit.executeUpdate();
            }
            String previous = links.get(0).previousHash();
            for (Link l : links) {
                AuditEntry relinked = entry(db, l.entryId()).sealedAfter(previous);
                relink(db, l.seq(), previous, relinked.hash());
                previous = relinked.hash();
            }
        });
    }

    private static void restore(Connection db, long victim, String detail, List<Link> links) throws SQLException {
        asIntruder(db, s -> {
            try (PreparedStatement edit = db.prepareStatement("UPDATE audit.entry SET detail = ? WHERE id = ?")) {
                edit.setString(1, detail);
                edit.setLong(2, victim);
                edit.executeUpdate();
            }
            for (Link l : links) {
                relink(db, l.seq(), l.previousHash(), l.hash());
            }
        });
    }

    private static void relink(Connection db, long seq, String previous, String hash) throws SQLException {
        try (PreparedStatement u = db.prepareStatement("UPDATE audit.seal SET previous_hash = ?, hash = ? WHERE seq = ?")) {
            u.setString(1, previous);
            u.setString(2, hash);
            u.setLong(3, seq);
            u.executeUpdate();
        }
    }

    private static AuditEntry entry(Connection db, long id) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT id, occurred_at, actor, action, object_type, object_id, "
                + "remote_address, detail FROM audit.entry WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), null, null);
            }
        }
    }

    private static List<Link> linksFrom(Connection db, long seq) throws SQLException {
        List<Link> links = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(
                "SELECT seq, entry_id, previous_hash, hash FROM audit.seal WHERE seq >= ? ORDER BY seq")) {
            q.setLong(1, seq);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    links.add(new Link(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        assertThat(links).isNotEmpty();
        return links;
    }

    private static List<Instant> sealedAt(Connection db, long seq) throws SQLException {
        List<Instant> at = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT sealed_at FROM audit.seal WHERE seq >= ? ORDER BY seq")) {
            q.setLong(1, seq);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    at.add(rs.getObject(1, OffsetDateTime.class).toInstant());
                }
            }
        }
        return at;
    }

    private static long maxSeq(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT max(seq) FROM audit.seal")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String detailOf(Connection db, long id) throws SQLException {
        return entry(db, id).detail();
    }

    private static Link sealOf(long entryId) throws SQLException {
        return link("entry_id", entryId);
    }

    private static Link linkAt(long seq) throws SQLException {
        return link("seq", seq);
    }

    private static Link link(String column, long value) throws SQLException {
        try (Connection db = TestDatabase.asApplication();
             PreparedStatement q = db.prepareStatement("SELECT seq, entry_id, previous_hash, hash FROM audit.seal WHERE "
                     + column + " = ?")) {
            q.setLong(1, value);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? new Link(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)) : null;
            }
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run(Statement s) throws SQLException;
    }
}
