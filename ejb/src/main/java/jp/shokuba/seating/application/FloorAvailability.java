package jp.shokuba.seating.application;

import java.time.LocalDate;
import java.util.List;

/**
 * A floor on a day: every desk's state, the block if the floor is closed, and the occupancy rate (share of
 * desk half-days booked or occupied, in percent) with the desks occupied now (checked in). {@code closed} says why
 * nothing can be booked that day although the floor is not blocked: {@code PAST}, or the city hall's closure
 * ({@code WEEKEND}, {@code PUBLIC_HOLIDAY}, {@code YEAR_END}) on a floor not opened for it; null on a bookable day.
 */
public record FloorAvailability(FloorSummary floor, LocalDate date, String blockedReason, String closed,
                                List<DeskView> desks, int occupancyPercent, int occupiedNow) {
}
