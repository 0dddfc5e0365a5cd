package jp.shokuba.seating.application;

import java.time.LocalDate;
import java.util.List;

/** Where a colleague sits on a day; {@code hidden} when they opted out of being found (then no desks are given). */
public record Whereabouts(String login, String name, String team, LocalDate date, boolean hidden,
                          List<BookingSummary> bookings) {
}
