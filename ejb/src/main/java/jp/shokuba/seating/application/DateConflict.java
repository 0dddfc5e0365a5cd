package jp.shokuba.seating.application;

import java.time.LocalDate;
import java.util.List;

/** One date of a recurring booking that could not be booked, why (in words), and desks to take instead. */
public record DateConflict(LocalDate date, String reasonKey, String reason, List<Alternative> alternatives) {
}
