package jp.shokuba.seating.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A meeting room for a time range; created only by the repository's conflict-free insert. */
@Entity
@Table(schema = "seating", name = "room_booking")
public class RoomBooking {

    public enum Status { BOOKED, CANCELLED }

    @Id
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "room_id", insertable = false, updatable = false)
    private Room room;

    @Column(insertable = false, updatable = false)
    private String organiser;

    @Column(insertable = false, updatable = false)
    private String title;

    @Column(name = "starts_at", insertable = false, updatable = false)
    private OffsetDateTime startsAt;

    @Column(name = "ends_at", insertable = false, updatable = false)
    private OffsetDateTime endsAt;

    @Enumerated(EnumType.STRING)
    private Status status;

    protected RoomBooking() {
    }

    public void cancel() {
        if (status != Status.BOOKED) {
            throw new IllegalStateException(status.name());
        }
        status = Status.CANCELLED;
    }

    public Long id() {
        return id;
    }

    public Room room() {
        return room;
    }

    public String organiser() {
        return organiser;
    }

    public String title() {
        return title;
    }

    public Instant startsAt() {
        return startsAt.toInstant();
    }

    public Instant endsAt() {
        return endsAt.toInstant();
    }

    public Status status() {
        return status;
    }
}
