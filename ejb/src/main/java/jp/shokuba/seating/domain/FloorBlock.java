package jp.shokuba.seating.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A whole floor closed to booking for some days (an event, cleaning). */
@Entity
@Table(schema = "seating", name = "floor_block")
public class FloorBlock extends FloorDays {

    protected FloorBlock() {
    }

    public FloorBlock(Floor floor, LocalDate firstDay, LocalDate lastDay, String reason, String createdBy) {
        super(floor, firstDay, lastDay, reason, createdBy);
    }

    /** What a booking on this floor during the block is told: the floor and why it is closed. */
    public Refusal refusal() {
        return Refusal.conflict("seating.floorBlocked", false, floor().name(), reason());
    }
}
