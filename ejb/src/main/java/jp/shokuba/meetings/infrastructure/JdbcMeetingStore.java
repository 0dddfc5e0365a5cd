package jp.shokuba.meetings.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import jp.shokuba.meetings.domain.Annotation;
import jp.shokuba.meetings.domain.AnnotationKind;
import jp.shokuba.meetings.domain.Layer;
import jp.shokuba.meetings.domain.Material;
import jp.shokuba.meetings.domain.MaterialVersion;
import jp.shokuba.meetings.domain.Meeting;
import jp.shokuba.meetings.domain.MeetingStore;
import jp.shokuba.meetings.domain.MemberRole;
import jp.shokuba.meetings.domain.NewAnnotation;
import jp.shokuba.meetings.domain.PagePrint;
import jp.shokuba.meetings.domain.Points;
import jp.shokuba.platform.DatabaseMigration;

/** The meetings schema ({@code V50__meetings.sql}) by plain JDBC on the container's data source. */
@ApplicationScoped
public class JdbcMeetingStore implements MeetingStore {

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    DataSource dataSource;

    @FunctionalInterface
    private interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    @FunctionalInterface
    private interface Rows<T> {
        T read(ResultSet r) throws SQLException;
    }

    private <T> T run(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.on(c);
        } catch (SQLException e) {
            throw new IllegalStateException("meetings storage: " + e.getMessage(), e);
        }
    }

    private <T> List<T> list(String sql, Rows<T> rows, Object... args) {
        return run(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, args);
                List<T> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(rows.read(r));
                    }
                }
                return out;
            }
        });
    }

    private int update(String sql, Object... args) {
        return run(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, args);
                return s.executeUpdate();
            }
        });
    }

    private long insertReturningId(String sql, Object... args) {
        return list(sql + " RETURNING id", r -> r.getLong(1), args).get(0);
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof Instant t) {
                s.setTimestamp(i + 1, Timestamp.from(t));
            } else if (a instanceof java.time.LocalDate d) {
                s.setObject(i + 1, d);
            } else if (a == null) {
                s.setNull(i + 1, Types.NULL);
            } else {
                s.setObject(i + 1, a);
            }
        }
    }

    @Override
    public long addMeeting(Meeting m) {
        long id = insertReturningId("INSERT INTO meetings.meeting (title, starts_at, ends_at, organiser, department_code,"
                + " room_id, room_booking_id, confidential) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", m.title(), m.start(),
                m.end(), m.organiser(), m.departmentCode(), m.roomId(), m.roomBookingId(), m.confidential());
        m.members().forEach((login, role) -> update(
                "INSERT INTO meetings.member (meeting_id, login, role) VALUES (?, ?, ?)", id, login, role.name()));
        for (int i = 0; i < m.agenda().size(); i++) {
            update("INSERT INTO meetings.agenda_item (meeting_id, position, title) VALUES (?, ?, ?)", id, i + 1,
                    m.agenda().get(i));
        }
        return id;
    }

    @Override
    public Optional<Meeting> meeting(long id) {
        return list("SELECT * FROM meetings.meeting WHERE id = ?", r -> {
            Map<String, MemberRole> members = new LinkedHashMap<>();
            list("SELECT login, role FROM meetings.member WHERE meeting_id = ? ORDER BY login",
                    m -> members.put(m.getString(1), MemberRole.valueOf(m.getString(2))), id);
            List<String> agenda = list("SELECT title FROM meetings.agenda_item WHERE meeting_id = ? ORDER BY position",
                    a -> a.getString(1), id);
            return new Meeting(r.getLong("id"), r.getString("title"), r.getTimestamp("starts_at").toInstant(),
                    r.getTimestamp("ends_at").toInstant(), r.getString("organiser"), r.getString("department_code"),
                    (Long) r.getObject("room_id"), (Long) r.getObject("room_booking_id"), r.getBoolean("shared_locked"),
                    r.getLong("last_seq"), r.getBoolean("confidential"), members, agenda);
        }, id).stream().findFirst();
    }

    @Override
    public List<Meeting> meetingsOf(String login, Instant from) {
        return list("SELECT id FROM meetings.meeting m WHERE m.ends_at >= ? AND (m.organiser = ? OR EXISTS"
                + " (SELECT 1 FROM meetings.member x WHERE x.meeting_id = m.id AND x.login = ?)) ORDER BY m.starts_at, m.id",
                r -> r.getLong(1), from, login, login).stream().map(id -> meeting(id).orElseThrow()).toList();
    }

    @Override
    public void lockShared(long meetingId, boolean locked) {
        update("UPDATE meetings.meeting SET shared_locked = ? WHERE id = ?", locked, meetingId);
    }

    @Override
    public void addMember(long meetingId, String login, MemberRole role) {
        update("INSERT INTO meetings.member (meeting_id, login, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                meetingId, login, role.name());
    }

    @Override
    public long nextSeq(long meetingId) {
        return list("UPDATE meetings.meeting SET last_seq = last_seq + 1 WHERE id = ? RETURNING last_seq",
                r -> r.getLong(1), meetingId).get(0);
    }

    @Override
    public void keepContent(String sha256, byte[] bytes) {
        update("INSERT INTO meetings.content (sha256, size, bytes) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
                sha256, (long) bytes.length, bytes);
    }

    @Override
    public Optional<byte[]> content(String sha256) {
        return list("SELECT bytes FROM meetings.content WHERE sha256 = ?", r -> r.getBytes(1), sha256).stream()
                .findFirst();
    }

    @Override
    public long addMaterial(long meetingId, String title, MaterialVersion first) {
        long id = insertReturningId("INSERT INTO meetings.material (meeting_id, title, current_version) VALUES (?, ?, ?)",
                meetingId, title, first.version());
        insertVersion(id, first);
        return id;
    }

    @Override
    public void addVersion(MaterialVersion next) {
        insertVersion(next.materialId(), next);
        update("UPDATE meetings.material SET current_version = ? WHERE id = ?", next.version(), next.materialId());
    }

    private void insertVersion(long materialId, MaterialVersion v) {
        StringBuilder prints = new StringBuilder();
        v.prints().forEach(p -> prints.append(p.line()).append('\n'));
        update("INSERT INTO meetings.material_version (material_id, version, sha256, pages, file_name, page_prints,"
                + " uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?)", materialId, v.version(), v.sha256(), v.pages(),
                v.fileName(), prints.toString(), v.uploadedBy());
    }

    @Override
    public Optional<Material> material(long meetingId, long materialId) {
        return materialsWhere("m.meeting_id = ? AND m.id = ?", meetingId, materialId).stream().findFirst();
    }

    @Override
    public List<Material> materials(long meetingId) {
        return materialsWhere("m.meeting_id = ?", meetingId);
    }

    private List<Material> materialsWhere(String where, Object... args) {
        return list("SELECT m.id, m.meeting_id, m.title, m.current_version FROM meetings.material m WHERE " + where
                + " ORDER BY m.id", r -> {
                    long id = r.getLong(1);
                    List<MaterialVersion> versions = list("SELECT * FROM meetings.material_version WHERE material_id = ?"
                            + " ORDER BY version", v -> new MaterialVersion(id, v.getInt("version"), v.getString("sha256"),
                            v.getInt("pages"), v.getString("file_name"), prints(v.getString("page_prints")),
                            v.getString("uploaded_by"), v.getTimestamp("uploaded_at").toInstant()), id);
                    return new Material(id, r.getLong(2), r.getString(3), r.getInt(4), versions);
                }, args);
    }

    private static List<PagePrint> prints(String lines) {
        return lines.lines().filter(l -> !l.isEmpty()).map(PagePrint::ofLine).toList();
    }

    @Override
    public long addAnnotation(long meetingId, long materialId, int version, NewAnnotation note, String author, long seq,
                              Long movedFrom) {
        return insertReturningId("INSERT INTO meetings.annotation (meeting_id, material_id, version, page, layer, kind,"
                + " author, points, color, width, body, seq, moved_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                meetingId, materialId, version, note.page(), note.layer().name(), note.kind().name(), author,
                Points.encode(note.points()), note.color(), note.width(), note.text(), seq, movedFrom);
    }

    @Override
    public long addOrphan(Annotation from, int version, long seq) {
        return insertReturningId("INSERT INTO meetings.annotation (meeting_id, material_id, version, page, layer, kind,"
                + " author, points, color, width, body, seq, moved_from) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                from.meetingId(), from.materialId(), version, from.layer().name(), from.kind().name(), from.author(),
                from.points(), from.color(), from.width(), from.text(), seq, from.id());
    }

    @Override
    public Optional<Annotation> annotation(long id) {
        return list("SELECT * FROM meetings.annotation WHERE id = ? AND deleted_seq IS NULL", JdbcMeetingStore::note, id)
                .stream().findFirst();
    }

    @Override
    public void markDeleted(long annotationId, long seq) {
        update("UPDATE meetings.annotation SET deleted_seq = ? WHERE id = ? AND deleted_seq IS NULL", seq, annotationId);
    }

    @Override
    public List<Annotation> annotations(long materialId, int version, String login) {
        return list("SELECT * FROM meetings.annotation WHERE material_id = ? AND version = ? AND deleted_seq IS NULL"
                + " AND (layer = 'SHARED' OR author = ?) ORDER BY seq", JdbcMeetingStore::note, materialId, version, login);
    }

    @Override
    public List<Annotation> allAnnotations(long materialId, int version) {
        return list("SELECT * FROM meetings.annotation WHERE material_id = ? AND version = ? AND deleted_seq IS NULL"
                + " ORDER BY seq", JdbcMeetingStore::note, materialId, version);
    }

    @Override
    public List<Change> changesSince(long meetingId, long seq, String login) {
        // A writer publishes its change before it commits, holding the meeting row (nextSeq). A client that
        // subscribed just after such a publication must still find the change here: waiting for the row lets that
        // writer commit first, so the reads below see it.
        list("SELECT id FROM meetings.meeting WHERE id = ? FOR SHARE", r -> r.getLong(1), meetingId);
        TreeMap<Long, Change> changes = new TreeMap<>();
        for (Annotation a : list("SELECT * FROM meetings.annotation WHERE meeting_id = ? AND seq > ?"
                + " AND (layer = 'SHARED' OR author = ?)", JdbcMeetingStore::note, meetingId, seq, login)) {
            changes.put(a.seq(), new Change(a.seq(), a, null));
        }
        list("SELECT id, deleted_seq FROM meetings.annotation WHERE meeting_id = ? AND deleted_seq > ?"
                + " AND (layer = 'SHARED' OR author = ?)", r -> changes.put(r.getLong(2),
                new Change(r.getLong(2), null, r.getLong(1))), meetingId, seq, login);
        return List.copyOf(changes.values());
    }

    @Override
    public long countMeetings(String departmentCode, Instant from, Instant to) {
        return list("SELECT count(*) FROM meetings.meeting m WHERE m.department_code = ? AND m.starts_at >= ?"
                + " AND m.starts_at < ? AND EXISTS (SELECT 1 FROM meetings.material x WHERE x.meeting_id = m.id)",
                r -> r.getLong(1), departmentCode, from, to).get(0);
    }

    @Override
    public void saveMinutes(long meetingId, Map<Integer, String> decisions, List<ActionItem> actions) {
        update("DELETE FROM meetings.minutes_item WHERE meeting_id = ?", meetingId);
        update("DELETE FROM meetings.action_item WHERE meeting_id = ?", meetingId);
        decisions.forEach((position, decision) -> update("INSERT INTO meetings.minutes_item (meeting_id, position,"
                + " decision) VALUES (?, ?, ?)", meetingId, position, decision));
        for (ActionItem a : actions) {
            update("INSERT INTO meetings.action_item (meeting_id, position, what, owner, due) VALUES (?, ?, ?, ?, ?)",
                    meetingId, a.position(), a.what(), a.owner(), a.due());
        }
    }

    @Override
    public Minutes minutes(long meetingId) {
        Map<Integer, String> decisions = new TreeMap<>();
        list("SELECT position, decision FROM meetings.minutes_item WHERE meeting_id = ?",
                r -> decisions.put(r.getInt(1), r.getString(2)), meetingId);
        List<ActionItem> actions = list("SELECT position, what, owner, due FROM meetings.action_item WHERE meeting_id = ?"
                + " ORDER BY id", r -> new ActionItem(r.getInt(1), r.getString(2), r.getString(3),
                r.getObject(4, java.time.LocalDate.class)), meetingId);
        return new Minutes(decisions, actions);
    }

    private static Annotation note(ResultSet r) throws SQLException {
        return new Annotation(r.getLong("id"), r.getLong("meeting_id"), r.getLong("material_id"), r.getInt("version"),
                (Integer) r.getObject("page"), Layer.valueOf(r.getString("layer")),
                AnnotationKind.valueOf(r.getString("kind")), r.getString("author"), r.getString("points"),
                r.getString("color"), r.getFloat("width"), r.getString("body"), r.getLong("seq"),
                r.getTimestamp("created_at").toInstant());
    }
}
