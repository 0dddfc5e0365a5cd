package jp.shokuba.seating.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * One person's desk for one slot of one day. Created only by the repository's conflict-free insert (the
 * database refuses an overlap); afterwards it moves BOOKED → CHECKED_IN → CHECKED_OUT, or BOOKED → RELEASED
 * (no check-in by the deadline), or to CANCELLED. Only a live booking holds the desk.
 */
@Entity
@Table(schema = "seating", name = "desk_booking")
public class DeskBooking {

    @Id
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "desk_id", insertable = false, updatable = false)
    private Desk desk;

    @Column(nullable = false, updatable = false, insertable = false)
    private String login;

    @Column(nullable = false, updatable = false, insertable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, insertable = false)
    private Slot slot;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BookingStatus status;

    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "checked_in_at")
    private OffsetDateTime checkedInAt;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    @Column(name = "team_day_id", insertable = false, updatable = false)
    private Long teamDayId;

    /** Every change is written only if the row is still as it was read (bulk releases and cancellations bump it too). */
    @Version
    private int version;

    protected DeskBooking() {
    }

    /** The person is at the desk. Only on the day itself, and only while the booking holds the desk. */
    public void checkIn(Instant now, LocalDate today) {
        if (status != BookingStatus.BOOKED) {
            throw new IllegalStateException(status.name());
        }
        if (!day.equals(today)) {
            throw new IllegalArgumentException(day.toString());
        }
        status = BookingStatus.CHECKED_IN;
        checkedInAt = at(now);
    }

    /** The person leaves early: the desk is free again for the rest of the slot. */
    public void checkOut(Instant now) {
        if (status != BookingStatus.CHECKED_IN) {
            throw new IllegalStateException(status.name());
        }
        status = BookingStatus.CHECKED_OUT;
        endedAt = at(now);
    }

    public void cancel(Instant now) {
        if (!status.live()) {
            throw new IllegalStateException(status.name());
        }
        status = BookingStatus.CANCELLED;
        endedAt = at(now);
    }

    public Long id() {
        return id;
    }

    public Desk desk() {
        return desk;
    }

    public String login() {
        return login;
    }

    public LocalDate day() {
        return day;
    }

    public Slot slot() {
        return slot;
    }

    public BookingStatus status() {
        return status;
    }

    public Optional<Instant> checkedInAt() {
        return Optional.ofNullable(checkedInAt).map(OffsetDateTime::toInstant);
    }

    public Optional<Long> teamDayId() {
        return Optional.ofNullable(teamDayId);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
