package jp.shokuba.seating.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/** Every five minutes on working hours, releases the bookings nobody checked in by the deadline. */
@Singleton
public class SeatingJobs {

    private static final Logger LOG = Logger.getLogger(SeatingJobs.class.getName());

    @Inject
    BookingLifecycleService seating;

    @Inject
    Clock clock;

    @Schedule(minute = "*/5", hour = "8-18", persistent = false, timezone = "Asia/Tokyo")
    void releaseNoShows() {
        int released = seating.releaseNoShows(clock.instant());
        if (released > 0) {
            LOG.info(() -> released + " desk bookings released (no check-in by the deadline)");
        }
    }
}
