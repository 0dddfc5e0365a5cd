package jp.shokuba.seating.application;

import java.time.LocalDate;
import java.util.List;

/**
 * A floor on a day: every desk's state, the block if the floor is closed, and the occupancy rate (share of
 * desk half-days booked or occupied, in percent) with the desks occupied now (checked in).
 */
public record FloorAvailability(FloorSummary floor, LocalDate date, String blockedReason, List<DeskView> desks,
                                int occupancyPercent, int occupiedNow) {
}
