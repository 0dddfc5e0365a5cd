package jp.shokuba.seating.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.CityTime;
import jp.shokuba.seating.domain.BookingPolicy;
import jp.shokuba.seating.domain.Bookings;
import jp.shokuba.seating.domain.Places;

/**
 * Meeting rooms booked by time range. Overlaps are refused by the database's exclusion constraint over the room and
 * the time range; the day itself follows the desks' rules (not in the past, not beyond the horizon).
 */
@Stateless
public class RoomBookingService {

    private static final int LONGEST_HOURS = 12;

    @Inject
    Places places;

    @Inject
    Bookings bookings;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    public List<RoomSummary> rooms() {
        return places.rooms().stream().map(RoomSummary::of).toList();
    }

    /** The longest subject of a room booking (the column's length). */
    public static final int TITLE_LIMIT = 200;

    /** Books a room for a time range; refused (409) when it overlaps another booking of the room. */
    public RoomBookingSummary bookRoom(String login, long roomId, String title, Instant start, Instant end)
            throws BusinessException {
        var room = places.room(roomId).orElseThrow(() -> BusinessException.notFound("seating.roomNotFound", roomId));
        if (!end.isAfter(start) || ChronoUnit.HOURS.between(start, end) > LONGEST_HOURS) {
            throw BusinessException.invalid("seating.roomRange");
        }
        LocalDate day = LocalDate.ofInstant(start, CityTime.ZONE);
        Refusals.refuse(new BookingPolicy(places.rules(), LocalDateTime.now(clock)).refuseDay(day));
        if (end.isBefore(clock.instant())) {
            throw BusinessException.invalid("seating.pastDay", day);
        }
        if (title == null || title.isBlank()) {
            throw BusinessException.invalid("seating.roomTitleRequired");
        }
        String t = title.strip();
        if (t.length() > TITLE_LIMIT) {
            throw BusinessException.invalid("seating.roomTitleTooLong", TITLE_LIMIT, t.length());
        }
        long id = bookings.tryBookRoom(roomId, login, t, start, end)
                .orElseThrow(() -> BusinessException.conflict("seating.roomTaken", room.name()));
        audit.record(AuditEvent.of("seating.room-booked", "RoomBooking", id).withDetail(room.name() + " " + start + "–" + end));
        return RoomBookingSummary.of(bookings.roomBooking(id).orElseThrow());
    }

    public void cancelRoom(String login, long roomBookingId) throws BusinessException {
        var b = bookings.roomBooking(roomBookingId).filter(x -> x.organiser().equals(login))
                .orElseThrow(() -> BusinessException.notFound("seating.bookingNotFound", roomBookingId));
        try {
            b.cancel();
        } catch (IllegalStateException e) {
            throw BusinessException.conflict("seating.notLive", b.status().name());
        }
        audit.record(AuditEvent.of("seating.room-cancelled", "RoomBooking", roomBookingId).withDetail(b.room().name()));
    }

    public List<RoomBookingSummary> roomDay(long roomId, LocalDate day) {
        return bookings.roomBookings(roomId, day.atStartOfDay(CityTime.ZONE).toInstant(),
                day.plusDays(1).atStartOfDay(CityTime.ZONE).toInstant()).stream().map(RoomBookingSummary::of).toList();
    }

    public List<RoomBookingSummary> myRoomBookings(String login) {
        return bookings.roomBookingsOf(login, LocalDate.now(clock).atStartOfDay(CityTime.ZONE).toInstant()).stream()
                .map(RoomBookingSummary::of).toList();
    }
}
