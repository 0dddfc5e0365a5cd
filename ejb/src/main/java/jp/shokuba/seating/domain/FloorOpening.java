package jp.shokuba.seating.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A floor open for booking on days the city hall is closed (an election count, a disaster-response weekend).
 * On a working day it changes nothing; on a closed day only the floors opened for it can be booked.
 */
@Entity
@Table(schema = "seating", name = "floor_opening")
public class FloorOpening extends FloorDays {

    protected FloorOpening() {
    }

    public FloorOpening(Floor floor, LocalDate firstDay, LocalDate lastDay, String reason, String createdBy) {
        super(floor, firstDay, lastDay, reason, createdBy);
    }
}
