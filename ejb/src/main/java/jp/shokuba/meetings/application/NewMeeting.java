package jp.shokuba.meetings.application;

import java.time.Instant;
import java.util.List;

/**
 * What the organiser asks for; checked by {@link MeetingService#create}. {@code attendeeUnits} names teams or
 * departments (organisation unit codes) whose active members, at creation, are invited as attendees.
 */
public record NewMeeting(String title, Instant start, Instant end, Long roomId, List<String> attendees,
                         List<String> attendeeUnits, List<String> delegates, List<String> agenda,
                         boolean confidential) {
}
