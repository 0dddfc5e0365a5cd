package jp.shokuba.meetings.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where meetings, materials and notes are kept, in the caller's transaction. */
public interface MeetingStore {

    /** Stores a new meeting with its members and agenda (its id and sequence are ignored) and answers its id. */
    long addMeeting(Meeting m);

    Optional<Meeting> meeting(long id);

    List<Meeting> meetingsOf(String login, Instant from);

    void lockShared(long meetingId, boolean locked);

    /** Adds a member unless they are one already. */
    void addMember(long meetingId, String login, MemberRole role);

    /** Takes the meeting's next sequence number; holds the meeting's row lock until commit, so numbers commit in order. */
    long nextSeq(long meetingId);

    /** Stores the bytes unless a file with the same hash is there already. */
    void keepContent(String sha256, byte[] bytes);

    Optional<byte[]> content(String sha256);

    long addMaterial(long meetingId, String title, MaterialVersion first);

    void addVersion(MaterialVersion next);

    Optional<Material> material(long meetingId, long materialId);

    List<Material> materials(long meetingId);

    long addAnnotation(long meetingId, long materialId, int version, NewAnnotation note, String author, long seq,
                       Long movedFrom);

    /** A moved note orphaned by a revision: same note, no page. */
    long addOrphan(Annotation from, int version, long seq);

    Optional<Annotation> annotation(long id);

    void markDeleted(long annotationId, long seq);

    /** The live notes of a version that {@code login} may see. */
    List<Annotation> annotations(long materialId, int version, String login);

    /** Every live note of a version, everyone's (for moving them on a revision). */
    List<Annotation> allAnnotations(long materialId, int version);

    /** Changes after {@code seq} that {@code login} may see, in order: notes made, and notes erased (negative ids). */
    List<Change> changesSince(long meetingId, long seq, String login);

    long countMeetings(String departmentCode, Instant from, Instant to);

    void saveMinutes(long meetingId, Map<Integer, String> decisions, List<ActionItem> actions);

    Minutes minutes(long meetingId);

    /** A change of the notes as a reconnecting client must learn it. */
    record Change(long seq, Annotation made, Long erasedId) {
    }

    record ActionItem(int position, String what, String owner, java.time.LocalDate due) {
    }

    record Minutes(Map<Integer, String> decisions, List<ActionItem> actions) {
    }
}
