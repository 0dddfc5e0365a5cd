package jp.shokuba.meetings.application;

import java.time.Instant;
import java.util.List;
import jp.shokuba.meetings.domain.Meeting;
import jp.shokuba.meetings.domain.MemberRole;

/** A meeting as one of its members sees it, with the caller's own role in it. */
public record MeetingDetail(long id, String title, Instant start, Instant end, String organiser, Long roomId,
                            Long roomBookingId, boolean sharedLocked, long lastSeq, boolean confidential,
                            List<String> attendees,
                            List<String> delegates, List<String> agenda, List<MaterialSummary> materials,
                            String myRole) {

    static MeetingDetail of(Meeting m, List<MaterialSummary> materials, String login) {
        return new MeetingDetail(m.id(), m.title(), m.start(), m.end(), m.organiser(), m.roomId(), m.roomBookingId(),
                m.sharedLocked(), m.lastSeq(), m.confidential(), members(m, MemberRole.ATTENDEE), members(m, MemberRole.DELEGATE),
                m.agenda(), materials, m.roleOf(login).map(Enum::name).orElse(""));
    }

    private static List<String> members(Meeting m, MemberRole role) {
        return m.members().entrySet().stream().filter(e -> e.getValue() == role).map(java.util.Map.Entry::getKey).toList();
    }
}
