package jp.shokuba.seating.application;

import java.time.LocalDate;
import jp.shokuba.seating.domain.FloorOpening;

/** A floor opened for booking on days the city hall is closed. */
public record OpeningSummary(long id, long floorId, String floor, LocalDate firstDay, LocalDate lastDay, String reason) {

    public static OpeningSummary of(FloorOpening o) {
        return new OpeningSummary(o.id(), o.floor().id(), o.floor().building().name() + " " + o.floor().name(),
                o.firstDay(), o.lastDay(), o.reason());
    }
}
