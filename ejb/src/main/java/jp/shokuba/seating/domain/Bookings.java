package jp.shokuba.seating.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Desk and room bookings. The inserts never fail on an overlap: they return empty when the database's
 * exclusion constraint refused the row, so the transaction stays usable to find an alternative.
 */
public interface Bookings {

    /**
     * Books the desk unless any live booking of the desk or of the person overlaps, or its floor is blocked that
     * day; the new id, or empty.
     */
    Optional<Long> tryBook(long deskId, String login, LocalDate day, Slot slot, Long seriesId, Long teamDayId);

    Optional<DeskBooking> byId(long id);

    /** Writes the booking's changes now, unless someone changed it since it was read: then false, and nothing is written. */
    boolean save(DeskBooking booking);

    /** The person's live booking overlapping this slot of the day. */
    Optional<DeskBooking> liveOf(String login, LocalDate day, Slot slot);

    /** The live booking of this desk overlapping this slot. */
    Optional<DeskBooking> liveOfDesk(long deskId, LocalDate day, Slot slot);

    /** The person's live bookings on that day (any slot). */
    List<DeskBooking> liveOn(String login, LocalDate day);

    /** Live bookings of these people on that day. */
    List<DeskBooking> liveOf(Collection<String> logins, LocalDate day);

    /** Active desks with no live booking overlapping the slot, on these floors (all floors when empty). */
    List<DeskFacts> freeDesks(Collection<Long> floorIds, LocalDate day, Slot slot);

    /** The free desks of one floor for the slot that are nearest to the point (x, y), at most {@code limit}, nearest first. */
    List<DeskFacts> nearestFreeDesks(long floorId, int x, int y, LocalDate day, Slot slot, int limit);

    /** Every active desk of the floor with that day's live bookings. */
    List<DeskState> floorOn(long floorId, LocalDate day);

    /** The person's bookings from that day on (live and ended), by day. */
    List<DeskBooking> of(String login, LocalDate from, LocalDate to);

    /** Releases the bookings of that day and slots not checked in by the deadline and made before it; the floors touched. */
    List<Long> release(LocalDate day, Collection<Slot> slots, Instant deadline, Instant now);

    /** Cancels the live bookings on that floor within the days; how many. */
    int cancelOnFloor(long floorId, LocalDate first, LocalDate last, Instant now);

    /**
     * Waits for the bookings in progress on the floor to end and holds new ones back until this transaction ends.
     * Taken before a floor block is added, so that no booking slips in between the block and its cancellations.
     */
    void holdBookingsOnFloor(long floorId);

    long newSeries(String login, long deskId, Slot slot, int weekday, LocalDate first, LocalDate last);

    long newTeamDay(String teamCode, LocalDate day, String organiser);

    Optional<Long> tryBookRoom(long roomId, String organiser, String title, Instant start, Instant end);

    Optional<RoomBooking> roomBooking(long id);

    List<RoomBooking> roomBookings(long roomId, Instant from, Instant to);

    List<RoomBooking> roomBookingsOf(String organiser, Instant from);
}
