package jp.shokuba.meetings.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.shokuba.meetings.domain.Meeting;
import jp.shokuba.meetings.domain.MeetingStore;
import jp.shokuba.platform.CityTime;
import jp.shokuba.platform.WaitingWork;

/** My meetings of the coming week on the home page, with how many materials are there to read beforehand. */
@Stateless
public class MeetingsWaitingWork implements WaitingWork {

    private static final Duration AHEAD = Duration.ofDays(7);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("H:mm");

    @Inject
    MeetingStore store;

    @Inject
    Clock clock;

    @Override
    public List<WaitingItem> waitingFor(String login) {
        Instant now = clock.instant();
        return store.meetingsOf(login, now).stream().filter(m -> m.start().isBefore(now.plus(AHEAD)))
                .map(m -> item(m)).toList();
    }

    private WaitingItem item(Meeting m) {
        ZonedDateTime start = m.start().atZone(CityTime.ZONE);
        return new WaitingItem("meetings", m.confidential() ? "home.meetingConfidential" : "home.meeting",
                List.of(start.toLocalDate(), start.format(CLOCK), m.title(), store.materials(m.id()).size()),
                "/meetings/view.xhtml?id=" + m.id());
    }
}
