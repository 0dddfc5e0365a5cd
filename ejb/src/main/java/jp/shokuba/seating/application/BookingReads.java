package jp.shokuba.seating.application;

import java.util.Optional;

/** Read side of bookings for the hot path: the summary a booking request answers with, in one query. */
public interface BookingReads {

    Optional<BookingSummary> summary(long id);
}
