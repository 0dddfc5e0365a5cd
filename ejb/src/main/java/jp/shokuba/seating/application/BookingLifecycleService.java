package jp.shokuba.seating.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEvent;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.CityTime;
import jp.shokuba.seating.domain.BookingStatus;
import jp.shokuba.seating.domain.Bookings;
import jp.shokuba.seating.domain.DeskBooking;
import jp.shokuba.seating.domain.Places;
import jp.shokuba.seating.domain.SeatingRules;
import jp.shokuba.seating.domain.Slot;

/**
 * What happens to a desk booking after it is made: cancelling, checking in (also by the desk's QR code, or as a
 * walk-in), checking out, and the release of bookings nobody checked in. Every change is conditional on the
 * state it read (the booking's version): a check-in never overwrites a cancellation or release that won the race.
 */
@Stateless
public class BookingLifecycleService {

    @Inject
    Bookings bookings;

    @Inject
    Places places;

    @Inject
    SeatingFacts facts;

    @Inject
    DeskBookingService booking;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<FloorChanged> floorChanged;

    public void cancel(String login, long bookingId) throws BusinessException {
        DeskBooking b = own(login, bookingId);
        try {
            b.cancel(clock.instant());
        } catch (IllegalStateException notLive) {
            throw BusinessException.conflict("seating.notLive", b.status().name());
        }
        changed(b, "seating.desk-cancelled");
    }

    /** Cancels every live booking of the person from {@code first} to {@code last}; how many. */
    public int cancelRange(String login, LocalDate first, LocalDate last) throws BusinessException {
        if (last.isBefore(first)) {
            throw BusinessException.invalid("seating.periodReversed");
        }
        int n = 0;
        for (DeskBooking b : bookings.of(login, first, last)) {
            if (b.status().live()) {
                b.cancel(clock.instant());
                changed(b, "seating.desk-cancelled");
                n++;
            }
        }
        return n;
    }

    public BookingSummary checkIn(String login, long bookingId) throws BusinessException {
        DeskBooking b = own(login, bookingId);
        checkIn(b);
        return facts.summary(b);
    }

    /** What the desk's QR code does: checks in the caller's booking of this desk for today. */
    public BookingSummary checkInAtDesk(String login, long deskId) throws BusinessException {
        Slot now = facts.slotNow();
        DeskBooking b = bookings.liveOn(login, facts.today()).stream().filter(x -> x.desk().id() == deskId)
                .filter(x -> x.status() == BookingStatus.BOOKED)
                .min(Comparator.comparing((DeskBooking x) -> !x.slot().overlaps(now)))
                .orElseThrow(() -> BusinessException.notFound("seating.noBookingAtDesk",
                        places.desk(deskId).map(d -> d.label()).orElse(String.valueOf(deskId))));
        checkIn(b);
        return facts.summary(b);
    }

    /**
     * A walk-in: books the desk for the rest of today (the whole day before noon, else the afternoon) and checks in
     * at once. The same rules and the same database constraints apply as to any booking.
     */
    public BookingSummary walkIn(String login, long deskId) throws BusinessException {
        Slot slot = LocalDateTime.now(clock).toLocalTime().isBefore(Slot.AM.end()) ? Slot.DAY : Slot.PM;
        BookingSummary booked = booking.book(login, deskId, facts.today(), slot);
        DeskBooking b = bookings.byId(booked.id()).orElseThrow();
        checkIn(b);
        return facts.summary(b);
    }

    private void checkIn(DeskBooking b) throws BusinessException {
        try {
            b.checkIn(clock.instant(), facts.today());
        } catch (IllegalStateException notBooked) {
            throw BusinessException.conflict("seating.checkInNotBooked", b.status().name());
        } catch (IllegalArgumentException notToday) {
            throw BusinessException.conflict("seating.checkInNotToday", b.day());
        }
        changed(b, "seating.desk-checked-in");
    }

    /** Leaves early: the desk is free for others for the rest of the slot. */
    public BookingSummary checkOut(String login, long bookingId) throws BusinessException {
        DeskBooking b = own(login, bookingId);
        try {
            b.checkOut(clock.instant());
        } catch (IllegalStateException notIn) {
            throw BusinessException.conflict("seating.checkOutNotIn", b.status().name());
        }
        changed(b, "seating.desk-checked-out");
        return facts.summary(b);
    }

    /** Writes the change only if nobody changed the booking since it was read; then audits it and tells the floor. */
    private void changed(DeskBooking b, String action) throws BusinessException {
        if (!bookings.save(b)) {
            throw BusinessException.conflict("seating.changedMeanwhile", b.desk().label());
        }
        audit.record(AuditEvent.of(action, "DeskBooking", b.id()).withDetail(b.desk().label() + " " + b.day() + " " + b.slot()));
        floorChanged.fire(new FloorChanged(b.desk().floor().id(), b.day()));
    }

    public BookingSummary booking(String login, long bookingId) throws BusinessException {
        return facts.summary(own(login, bookingId));
    }

    /** The person's bookings from that day for the next {@code days} days, live and ended. */
    public List<BookingSummary> myBookings(String login, LocalDate from, int days) {
        String locker = places.lockerOf(login).map(l -> l.floor().name() + " " + l.label()).orElse("");
        return bookings.of(login, from, from.plusDays(days)).stream().map(b -> BookingSummary.of(b, locker)).toList();
    }

    /**
     * Releases the bookings of today that were not checked in by their deadline (morning and whole-day ones at
     * the morning deadline, afternoon ones at the afternoon deadline), so that others can take the desks.
     * Bookings made after the deadline (a walk-in) are left alone. Run by a timer; takes {@code now} so that it
     * can be tested at any hour. Returns how many were released.
     */
    public int releaseNoShows(Instant now) {
        SeatingRules rules = places.rules();
        LocalDateTime local = LocalDateTime.ofInstant(now, CityTime.ZONE);
        LocalDate day = local.toLocalDate();
        List<Long> floors = new ArrayList<>();
        if (!local.toLocalTime().isBefore(rules.checkInDeadline())) {
            floors.addAll(bookings.release(day, List.of(Slot.AM, Slot.DAY),
                    day.atTime(rules.checkInDeadline()).atZone(CityTime.ZONE).toInstant(), now));
        }
        if (!local.toLocalTime().isBefore(rules.pmCheckInDeadline())) {
            floors.addAll(bookings.release(day, List.of(Slot.PM),
                    day.atTime(rules.pmCheckInDeadline()).atZone(CityTime.ZONE).toInstant(), now));
        }
        if (!floors.isEmpty()) {
            audit.record(AuditEvent.of("seating.no-shows-released", "Day", day).withDetail(floors.size() + " bookings"));
        }
        floors.stream().distinct().forEach(f -> floorChanged.fire(new FloorChanged(f, day)));
        return floors.size();
    }

    private DeskBooking own(String login, long bookingId) throws BusinessException {
        return bookings.byId(bookingId).filter(b -> b.login().equals(login))
                .orElseThrow(() -> BusinessException.notFound("seating.bookingNotFound", bookingId));
    }
}
