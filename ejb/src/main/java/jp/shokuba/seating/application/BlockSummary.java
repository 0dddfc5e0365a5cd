package jp.shokuba.seating.application;

import java.time.LocalDate;
import jp.shokuba.seating.domain.FloorBlock;

/** A floor block; {@code cancelledBookings} is how many bookings the block cancelled when it was made (0 when listed). */
public record BlockSummary(long id, long floorId, String floor, LocalDate firstDay, LocalDate lastDay, String reason,
                           int cancelledBookings) {

    public static BlockSummary of(FloorBlock b, int cancelled) {
        return new BlockSummary(b.id(), b.floor().id(), b.floor().building().name() + " " + b.floor().name(),
                b.firstDay(), b.lastDay(), b.reason(), cancelled);
    }
}
