package jp.shokuba.paper.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/** The daily polling round, early in the morning before the offices open (not persistent: a missed run is a silent day). */
@Singleton
public class PaperJobs {

    @Inject
    CounterPolling polling;

    @Inject
    Clock clock;

    @Schedule(hour = "6", minute = "10", persistent = false, timezone = "Asia/Tokyo")
    void daily() {
        polling.pollInBackground(LocalDate.now(clock), null);
    }
}
