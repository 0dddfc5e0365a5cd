package jp.shokuba.meetings.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who presents each meeting and which page they show, held by this node while the meeting is live (the organiser
 * presents until they hand over). Not stored: after a restart the organiser presents again from page 1.
 */
@ApplicationScoped
public class LiveMeetings {

    /** The presenter's view of a meeting. */
    public record Stage(String presenter, long materialId, int page, boolean locked) {
    }

    private final Map<Long, Stage> stages = new ConcurrentHashMap<>();

    public Stage stage(long meetingId, String organiser, boolean locked) {
        return stages.computeIfAbsent(meetingId, m -> new Stage(organiser, 0, 1, locked));
    }

    public Stage stage(long meetingId) {
        return stages.get(meetingId);
    }

    public void lock(long meetingId, boolean locked) {
        stages.computeIfPresent(meetingId, (m, s) -> new Stage(s.presenter(), s.materialId(), s.page(), locked));
    }

    public Stage turn(long meetingId, long materialId, int page) {
        return stages.computeIfPresent(meetingId, (m, s) -> new Stage(s.presenter(), materialId, page, s.locked()));
    }

    public Stage handOver(long meetingId, String to) {
        return stages.computeIfPresent(meetingId, (m, s) -> new Stage(to, s.materialId(), s.page(), s.locked()));
    }
}
