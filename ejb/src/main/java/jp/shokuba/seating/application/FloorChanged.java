package jp.shokuba.seating.application;

import java.time.LocalDate;

/** Fired when desks of a floor change state on a day (booked, cancelled, checked in, released); the live floor view listens after commit. */
public record FloorChanged(long floorId, LocalDate day) {
}
