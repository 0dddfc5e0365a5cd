package jp.shokuba.meetings.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A meeting and who may see it. The organiser, the attendees and the delegates named for it see the meeting, its
 * materials and its notes; nobody else learns that it exists. A confidential (取扱注意) meeting's materials carry the
 * viewer's name and the time on every page they are given out with.
 */
public record Meeting(long id, String title, Instant start, Instant end, String organiser, String departmentCode,
                      Long roomId, Long roomBookingId, boolean sharedLocked, long lastSeq, boolean confidential,
                      Map<String, MemberRole> members, List<String> agenda) {

    public Optional<MemberRole> roleOf(String login) {
        if (organiser.equals(login)) {
            return Optional.of(MemberRole.ORGANISER);
        }
        return Optional.ofNullable(members.get(login));
    }

    public boolean organisedBy(String login) {
        return organiser.equals(login);
    }

    /** Whether {@code login} may write on the shared layer now: the organiser always, others unless it is locked. */
    public boolean mayWriteShared(String login) {
        return organisedBy(login) || !sharedLocked;
    }
}
