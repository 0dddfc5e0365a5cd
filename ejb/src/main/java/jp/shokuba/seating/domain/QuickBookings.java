package jp.shokuba.seating.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The hot path of desk booking (08:30): one statement gathers what a decision needs, one inserts the booking.
 * Everything else about bookings stays with {@link Bookings}.
 */
public interface QuickBookings {

    /**
     * Reads the {@link BookingContext}. Takes the shared lock of every floor the person may book on, so that a
     * floor block being added waits for this booking (see {@link Bookings#holdBookingsOnFloor}).
     *
     * @param candidates how many free desks to rank at most (0: none, for a booking of one given desk)
     */
    BookingContext gather(String login, LocalDate day, Slot slot, DeskChoice.Preference preference, int candidates);

    /**
     * As {@link #gather}, but over every floor the preference does not point to: where to go when those are full,
     * nearest first to the asked desk's place on the plan.
     */
    BookingContext gatherElsewhere(String login, LocalDate day, Slot slot, DeskChoice.Preference preference, int candidates);

    /** Books the desk unless its floor is closed that day or a live booking of the desk or person overlaps; the id. */
    Optional<Long> insert(long deskId, long floorId, String login, LocalDate day, Slot slot);

    /** The usual distance between neighbouring desks on the floor's plan (one "seat"), for saying how far a desk is. */
    double pitch(long floorId);
}
