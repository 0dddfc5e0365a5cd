package jp.shokuba.seating.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A floor open for booking on days the city hall is closed (an election count, a disaster-response weekend).
 * On a working day it changes nothing; on a closed day only the floors opened for it can be booked.
 */
@Entity
@Table(schema = "seating", name = "floor_opening")
public class FloorOpening {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "floor_id")
    private Floor floor;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(nullable = false)
    private String reason;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected FloorOpening() {
    }

    public FloorOpening(Floor floor, LocalDate firstDay, LocalDate lastDay, String reason, String createdBy) {
        if (firstDay == null || lastDay == null || lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("終了日は開始日以降にしてください");
        }
        this.floor = floor;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.reason = Texts.required(reason, "reason", 200);
        this.createdBy = createdBy;
    }

    public Long id() {
        return id;
    }

    public Floor floor() {
        return floor;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    public String reason() {
        return reason;
    }
}
