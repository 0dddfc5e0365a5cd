package jp.shokuba.meetings.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEvent;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.directory.application.StaffSummary;
import jp.shokuba.directory.application.UnitSummary;
import jp.shokuba.meetings.domain.Annotation;
import jp.shokuba.meetings.domain.ConfidentialMark;
import jp.shokuba.meetings.domain.Layer;
import jp.shokuba.meetings.domain.Material;
import jp.shokuba.meetings.domain.MaterialVersion;
import jp.shokuba.meetings.domain.Meeting;
import jp.shokuba.meetings.domain.MeetingStore;
import jp.shokuba.meetings.domain.MemberRole;
import jp.shokuba.meetings.domain.NewAnnotation;
import jp.shokuba.meetings.domain.PageMatcher;
import jp.shokuba.meetings.domain.Points;
import jp.shokuba.meetings.infrastructure.OfficeConversion;
import jp.shokuba.meetings.infrastructure.PdfMaterials;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.CityTime;
import jp.shokuba.seating.application.RoomBookingService;

/**
 * Paperless meetings: the one transaction boundary of the context. Every call names the caller; a meeting that the
 * caller may not see answers "not found", so that its existence is not given away. Notes are numbered per meeting
 * and told to the live clients only after commit ({@link NotesFanOut}).
 */
@Stateless
public class MeetingService {

    private static final long MAX_FILE = 20L * 1024 * 1024;
    private static final int MAX_ATTENDEES = 500;

    @Inject
    MeetingStore store;

    @Inject
    DirectoryService directory;

    @Inject
    RoomBookingService rooms;

    @Inject
    Event<NotesChanged> changes;

    @Inject
    Event<MeetingFiled> filed;

    @Inject
    Event<MaterialDistributed> distributed;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public long create(String organiser, NewMeeting m) throws BusinessException {
        String title = m.title() == null ? "" : m.title().strip();
        if (title.isEmpty() || title.length() > 200) {
            throw BusinessException.invalid("meetings.invalid", "title は 1〜200 文字です");
        }
        if (m.start() == null || m.end() == null || !m.end().isAfter(m.start())
                || Duration.between(m.start(), m.end()).toHours() > 24) {
            throw BusinessException.invalid("meetings.invalid", "end は start より後、24 時間以内です");
        }
        if (m.attendees() == null || m.attendees().size() > MAX_ATTENDEES) {
            throw BusinessException.invalid("meetings.invalid", "attendees はログイン ID の配列（" + MAX_ATTENDEES + " 人まで）です");
        }
        StaffSummary me = directory.staff(organiser);
        Map<String, MemberRole> members = members(organiser, m);
        List<String> agenda = new ArrayList<>();
        for (String item : m.agenda() == null ? List.<String>of() : m.agenda()) {
            if (item == null || item.isBlank() || item.length() > 200) {
                throw BusinessException.invalid("meetings.invalid", "agenda の title は 1〜200 文字です");
            }
            agenda.add(item.strip());
        }
        Long booking = null;
        if (m.roomId() != null) {
            booking = rooms.bookRoom(organiser, m.roomId(), title, m.start(), m.end()).id();
        }
        return store.addMeeting(new Meeting(0, title, m.start(), m.end(), organiser, me.departmentCode(), m.roomId(),
                booking, false, 0, m.confidential(), members, agenda));
    }

    /** The people invited by name and by unit, and the delegates; the organiser is no member of their own meeting. */
    private Map<String, MemberRole> members(String organiser, NewMeeting m) throws BusinessException {
        List<String> attendees = new ArrayList<>(m.attendees());
        for (String unit : m.attendeeUnits() == null ? List.<String>of() : m.attendeeUnits()) {
            unitMembers(unit).forEach(s -> attendees.add(s.login()));
        }
        if (attendees.size() > MAX_ATTENDEES) {
            throw BusinessException.invalid("meetings.invalid", "attendees は " + MAX_ATTENDEES + " 人までです");
        }
        Map<String, MemberRole> members = new LinkedHashMap<>();
        for (String login : attendees) {
            known(login);
            if (!login.equals(organiser)) {
                members.put(login, MemberRole.ATTENDEE);
            }
        }
        for (String login : m.delegates() == null ? List.<String>of() : m.delegates()) {
            known(login);
            members.putIfAbsent(login, MemberRole.DELEGATE);
        }
        return members;
    }

    /** The active members of a unit and of every unit below it (a 課 with its 係, a 部 with its 課). */
    private List<StaffSummary> unitMembers(String unitCode) throws BusinessException {
        List<UnitSummary> all = directory.organisation();
        if (unitCode == null || all.stream().noneMatch(u -> u.code().equals(unitCode))) {
            throw BusinessException.invalid("meetings.unknownUnit", String.valueOf(unitCode));
        }
        Set<String> codes = new LinkedHashSet<>(List.of(unitCode));
        for (boolean grew = true; grew; ) {
            grew = false;
            for (UnitSummary u : all) {
                if (codes.contains(u.parentCode()) && codes.add(u.code())) {
                    grew = true;
                }
            }
        }
        List<StaffSummary> staff = new ArrayList<>();
        for (String code : codes) {
            staff.addAll(directory.members(code));
        }
        return staff;
    }

    private void known(String login) throws BusinessException {
        if (login == null || directory.findStaff(login).filter(StaffSummary::active).isEmpty()) {
            throw BusinessException.invalid("meetings.unknownPerson", String.valueOf(login));
        }
    }

    /** An attendee (or the organiser) names a delegate (代理) who then sees the meeting and its materials too. */
    public void nameDelegate(String login, long meetingId, String delegate) throws BusinessException {
        Meeting m = access(login, meetingId);
        if (m.roleOf(login).orElseThrow() == MemberRole.DELEGATE) {
            throw BusinessException.forbidden("meetings.organiserOnly");
        }
        known(delegate);
        if (m.roleOf(delegate).isEmpty()) {
            store.addMember(meetingId, delegate, MemberRole.DELEGATE);
        }
    }

    /** The meeting if the caller may see it: its organiser, an attendee or a delegate. */
    public Meeting access(String login, long meetingId) throws BusinessException {
        return store.meeting(meetingId).filter(m -> m.roleOf(login).isPresent())
                .orElseThrow(() -> BusinessException.notFound("meetings.notFound", meetingId));
    }

    public MeetingDetail detail(String login, long meetingId) throws BusinessException {
        Meeting m = access(login, meetingId);
        return MeetingDetail.of(m, store.materials(meetingId).stream().map(MaterialSummary::of).toList(), login);
    }

    public List<MeetingDetail> myMeetings(String login) {
        Instant from = clock.instant().minus(Duration.ofDays(30));
        return store.meetingsOf(login, from).stream().map(m -> MeetingDetail.of(m, store.materials(m.id()).stream()
                .map(MaterialSummary::of).toList(), login)).toList();
    }

    public MaterialSummary addMaterial(String login, long meetingId, String fileName, byte[] bytes)
            throws BusinessException {
        Meeting m = organised(login, meetingId);
        Prepared p = prepare(fileName, bytes);
        MaterialVersion first = new MaterialVersion(0, 1, p.sha256, p.inspected.pages(), p.fileName,
                p.inspected.prints(), login, clock.instant());
        store.keepContent(p.sha256, p.pdf);
        long id = store.addMaterial(m.id(), title(p.fileName), first);
        distributed.fire(new MaterialDistributed(m, title(p.fileName), 1));
        return MaterialSummary.of(store.material(meetingId, id).orElseThrow());
    }

    /**
     * Replaces a material (差し替え): every note on the current version is copied to the new version, onto the page
     * whose text and picture match its old page best; notes whose page has no match are kept without a page.
     */
    public Revision revise(String login, long meetingId, long materialId, String fileName, byte[] bytes)
            throws BusinessException {
        Meeting m = organised(login, meetingId);
        Material material = material(meetingId, materialId);
        Prepared p = prepare(fileName, bytes);
        MaterialVersion old = material.current();
        MaterialVersion next = new MaterialVersion(materialId, old.version() + 1, p.sha256, p.inspected.pages(),
                p.fileName, p.inspected.prints(), login, clock.instant());
        store.keepContent(p.sha256, p.pdf);
        store.addVersion(next);
        distributed.fire(new MaterialDistributed(m, material.title(), next.version()));
        Map<Integer, Integer> pages = PageMatcher.match(old.prints(), next.prints());
        int moved = 0;
        List<Long> orphaned = new ArrayList<>();
        long seq = 0;
        for (Annotation a : store.allAnnotations(materialId, old.version())) {
            seq = store.nextSeq(meetingId);
            Integer to = a.page() == null ? null : pages.get(a.page());
            if (to == null) {
                orphaned.add(store.addOrphan(a, next.version(), seq));
            } else {
                store.addAnnotation(meetingId, materialId, next.version(), renew(a, to), a.author(), seq, a.id());
                moved++;
            }
        }
        if (seq == 0) {
            seq = store.nextSeq(meetingId);
        }
        changes.fire(new NotesChanged(meetingId, seq, null, NoteJson.JSON.createObjectBuilder().add("t", "revision")
                .add("seq", seq).add("materialId", materialId).add("version", next.version())
                .add("pages", next.pages()).build().toString()));
        return new Revision(materialId, next.version(), moved, orphaned.size(), orphaned);
    }

    private static NewAnnotation renew(Annotation a, int page) {
        return new NewAnnotation(page, a.layer(), a.kind(), Points.decode(a.points()), a.color(), a.width(), a.text());
    }

    /**
     * The PDF of a material, the current version or an older one; a confidential meeting's with the caller's name and
     * the time on each page.
     */
    public byte[] pdf(String login, long meetingId, long materialId, Integer version) throws BusinessException {
        Meeting m = access(login, meetingId);
        byte[] pdf = content(meetingId, materialId, version);
        return m.confidential() ? handedOut(login, m, materialId, "meetings.confidential.viewed", pdf) : pdf;
    }

    private byte[] content(long meetingId, long materialId, Integer version) throws BusinessException {
        Material material = material(meetingId, materialId);
        int v = version == null ? material.currentVersion() : version;
        if (!material.hasVersion(v)) {
            throw BusinessException.notFound("meetings.versionNotFound", v);
        }
        return store.content(material.version(v).sha256()).orElseThrow();
    }

    /** A confidential material as it leaves the platform: watermarked for its reader, and audited. */
    private byte[] handedOut(String login, Meeting m, long materialId, String action, byte[] pdf)
            throws BusinessException {
        StaffSummary reader = directory.staff(login);
        String mark = ConfidentialMark.line(reader.name(), login, clock.instant());
        audit.record(AuditEvent.of(action, "Meeting", m.id()).withDetail("material " + materialId + ": " + mark));
        try {
            return PdfMaterials.watermark(pdf, mark);
        } catch (IOException e) {
            throw new IllegalStateException("cannot watermark material " + materialId, e);
        }
    }

    /** My private and everyone's shared notes on the material's current version (orphaned ones with no page). */
    public List<Annotation> annotations(String login, long meetingId, long materialId) throws BusinessException {
        access(login, meetingId);
        Material material = material(meetingId, materialId);
        return store.annotations(materialId, material.currentVersion(), login);
    }

    public Annotation annotate(String login, long meetingId, long materialId, NewAnnotation note)
            throws BusinessException {
        Meeting m = access(login, meetingId);
        Material material = material(meetingId, materialId);
        if (note.page() > material.current().pages()) {
            throw BusinessException.invalid("meetings.invalid", "page は 1〜" + material.current().pages() + " です");
        }
        if (note.layer() == Layer.SHARED && !m.mayWriteShared(login)) {
            throw BusinessException.forbidden("meetings.sharedLocked");
        }
        long seq = store.nextSeq(meetingId);
        long id = store.addAnnotation(meetingId, materialId, material.currentVersion(), note, login, seq, null);
        Annotation a = store.annotation(id).orElseThrow();
        changes.fire(new NotesChanged(meetingId, seq, note.layer() == Layer.PRIVATE ? login : null,
                NoteJson.made(a).toString()));
        return a;
    }

    /** Erases a note: its author's own, or a shared one by the organiser. Answers the sequence number of the erasure. */
    public long erase(String login, long meetingId, long annotationId) throws BusinessException {
        Meeting m = access(login, meetingId);
        Annotation a = store.annotation(annotationId).filter(x -> x.meetingId() == meetingId && x.visibleTo(login))
                .orElseThrow(() -> BusinessException.notFound("meetings.noteNotFound", annotationId));
        if (!a.author().equals(login) && !(a.layer() == Layer.SHARED && m.organisedBy(login))) {
            throw BusinessException.forbidden("meetings.notYourNote");
        }
        long seq = store.nextSeq(meetingId);
        store.markDeleted(annotationId, seq);
        changes.fire(new NotesChanged(meetingId, seq, a.layer() == Layer.PRIVATE ? a.author() : null,
                NoteJson.erased(seq, annotationId).toString()));
        return seq;
    }

    /** What a reconnecting client missed after {@code seq}, in order, as it would have received it live. */
    public List<MeetingMessage> changesSince(String login, long meetingId, long seq) throws BusinessException {
        access(login, meetingId);
        return store.changesSince(meetingId, seq, login).stream().map(c -> new MeetingMessage(meetingId, c.seq(), login,
                null, c.made() != null ? NoteJson.made(c.made()).toString()
                : NoteJson.erased(c.seq(), c.erasedId()).toString())).toList();
    }

    public void lockShared(String login, long meetingId, boolean locked) throws BusinessException {
        organised(login, meetingId);
        store.lockShared(meetingId, locked);
    }

    /** The material with my private notes and the shared ones as standard PDF annotations. */
    public byte[] export(String login, long meetingId, long materialId) throws BusinessException {
        Meeting m = access(login, meetingId);
        List<Annotation> notes = annotations(login, meetingId, materialId);
        byte[] pdf;
        try {
            pdf = PdfMaterials.export(content(meetingId, materialId, null), notes);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the notes into material " + materialId, e);
        }
        return m.confidential() ? handedOut(login, m, materialId, "meetings.confidential.exported", pdf) : pdf;
    }

    /** Meetings held paperless (with materials on screen) by a department in a month, for the paper dashboard. */
    public long paperlessMeetings(String departmentCode, YearMonth month) {
        return store.countMeetings(departmentCode, month.atDay(1).atStartOfDay(CityTime.ZONE).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(CityTime.ZONE).toInstant());
    }

    /** Saves the minutes (議事録): a decision per agenda item and action items; records may file them. */
    public void saveMinutes(String login, long meetingId, Map<Integer, String> decisions,
                            List<MeetingStore.ActionItem> actions) throws BusinessException {
        Meeting m = organised(login, meetingId);
        for (Map.Entry<Integer, String> d : decisions.entrySet()) {
            if (d.getKey() < 1 || d.getKey() > m.agenda().size() || d.getValue() == null || d.getValue().isBlank()
                    || d.getValue().length() > 4000) {
                throw BusinessException.invalid("meetings.invalid", "decisions は議題の番号ごとに 1〜4000 文字です");
            }
        }
        for (MeetingStore.ActionItem a : actions) {
            known(a.owner());
            if (a.what() == null || a.what().isBlank() || a.due() == null || a.position() < 0
                    || a.position() > m.agenda().size()) {
                throw BusinessException.invalid("meetings.invalid", "actions には what, owner, due が必要です");
            }
        }
        store.saveMinutes(meetingId, decisions, actions);
        StringBuilder text = new StringBuilder(m.title()).append('\n');
        for (int i = 0; i < m.agenda().size(); i++) {
            text.append(i + 1).append(". ").append(m.agenda().get(i)).append(": ")
                    .append(decisions.getOrDefault(i + 1, "")).append('\n');
        }
        actions.forEach(a -> text.append("- ").append(a.what()).append(" (").append(a.owner()).append(", ")
                .append(a.due()).append(")\n"));
        filed.fire(new MeetingFiled(meetingId, m.title(), m.departmentCode(), m.confidential(), text.toString(),
                store.materials(meetingId).stream().flatMap(x -> x.versions().stream())
                        .map(v -> new MeetingFiled.FiledMaterial(v.fileName(), v.sha256())).distinct().toList()));
    }

    /** The bytes of a material version, for records to file once the minutes are saved ({@link MeetingFiled}). */
    public Optional<byte[]> filedContent(String sha256) {
        return store.content(sha256);
    }

    public MeetingStore.Minutes minutes(String login, long meetingId) throws BusinessException {
        access(login, meetingId);
        return store.minutes(meetingId);
    }

    private Meeting organised(String login, long meetingId) throws BusinessException {
        Meeting m = access(login, meetingId);
        if (!m.organisedBy(login)) {
            throw BusinessException.forbidden("meetings.organiserOnly");
        }
        return m;
    }

    private Material material(long meetingId, long materialId) throws BusinessException {
        return store.material(meetingId, materialId)
                .orElseThrow(() -> BusinessException.notFound("meetings.materialNotFound", materialId));
    }

    private record Prepared(String fileName, byte[] pdf, String sha256, PdfMaterials.Inspected inspected) {
    }

    /** Checks and, for Office files, converts the upload before anything is written. */
    private static Prepared prepare(String fileName, byte[] bytes) throws BusinessException {
        String name = fileName == null || fileName.isBlank() ? "material.pdf" : Path.of(fileName).getFileName().toString();
        if (bytes == null || bytes.length == 0) {
            throw BusinessException.invalid("meetings.badFile", "ファイルが空です");
        }
        if (bytes.length > MAX_FILE) {
            throw BusinessException.invalid("meetings.badFile", "ファイルは 20 MB までです");
        }
        byte[] pdf = bytes;
        if (OfficeConversion.isOffice(name)) {
            Optional<Path> soffice = OfficeConversion.available();
            if (soffice.isEmpty()) {
                throw BusinessException.invalid("meetings.officeUnavailable", name);
            }
            try {
                pdf = OfficeConversion.toPdf(soffice.get(), name, bytes);
                name = name.replaceFirst("\\.[^.]+$", "") + ".pdf";
            } catch (IOException e) {
                throw BusinessException.invalid("meetings.badFile", e.getMessage());
            }
        }
        try {
            PdfMaterials.Inspected inspected = PdfMaterials.inspect(pdf);
            return new Prepared(name, pdf, sha256(pdf), inspected);
        } catch (PdfMaterials.NotAPdf e) {
            throw BusinessException.invalid("meetings.badFile", e.getMessage());
        }
    }

    private static String title(String fileName) {
        String t = fileName.replaceFirst("\\.[^.]+$", "");
        return t.length() > 200 ? t.substring(0, 200) : t;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
