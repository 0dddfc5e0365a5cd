package jp.shokuba.meetings.application;

import java.time.Instant;
import java.util.List;

/** What the organiser asks for; checked by {@link MeetingService#create}. */
public record NewMeeting(String title, Instant start, Instant end, Long roomId, List<String> attendees,
                         List<String> delegates, List<String> agenda) {
}
