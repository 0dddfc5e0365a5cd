package jp.shokuba.seating.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;

/** Some days of one floor set apart by facilities staff, with why and by whom: a closure or an opening. */
@MappedSuperclass
public abstract class FloorDays {

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

    protected FloorDays() {
    }

    protected FloorDays(Floor floor, LocalDate firstDay, LocalDate lastDay, String reason, String createdBy) {
        if (firstDay == null || lastDay == null || lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("終了日は開始日以降にしてください");
        }
        this.floor = floor;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.reason = Texts.required(reason, "reason", 200);
        this.createdBy = createdBy;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
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
