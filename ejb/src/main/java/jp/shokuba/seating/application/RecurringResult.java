package jp.shokuba.seating.application;

import java.util.List;

/** What a recurring booking did: the dates booked and, date by date, the ones refused and why. */
public record RecurringResult(long seriesId, List<BookingSummary> booked, List<DateConflict> conflicts) {
}
