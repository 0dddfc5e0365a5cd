package jp.shokuba.seating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.it.ArquillianArchive;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.CityTime;
import jp.shokuba.seating.application.BookingSummary;
import jp.shokuba.seating.application.DeskInput;
import jp.shokuba.seating.application.FloorSummary;
import jp.shokuba.seating.application.PlacesService;
import jp.shokuba.seating.application.BookingLifecycleService;
import jp.shokuba.seating.application.DeskBookingService;
import jp.shokuba.seating.domain.Slot;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The release of unused bookings inside the container, where the job's {@code now} can be any moment: a booking
 * not checked in by its slot's deadline is released and its desk is free to others; before the deadline, or for
 * the other half of the day, nothing happens.
 */
@ExtendWith(ArquillianExtension.class)
class SeatingServiceIT {

    /** The real archive, with Arquillian's test runner servlet let past the sign-in. */
    @Deployment
    static WebArchive deployment() throws IOException {
        return ArquillianArchive.with(SeatingServiceIT.class);
    }

    @Inject
    BookingLifecycleService seating;

    @Inject
    DeskBookingService booking;

    @Inject
    PlacesService places;

    @Inject
    DirectoryService directory;

    private long[] desks(int n) throws BusinessException {
        FloorSummary floor = places.addFloor("試験庁舎", "R" + UUID.randomUUID().toString().substring(0, 8), 1, 1000, 1000);
        LocalDate today = LocalDate.now(CityTime.ZONE);
        places.openFloor("nakamura", floor.id(), today, today.plusDays(30), "試験");
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = places.addDesk(floor.id(), new DeskInput("D" + i, 100 + i * 100, 100, "", java.util.Set.of(), false)).id();
        }
        return ids;
    }

    private List<String> people() {
        return directory.searchStaff("", 0, 200).stream().map(s -> s.login()).filter(l -> l.matches("[a-z]+[0-9]+")).toList();
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(CityTime.ZONE).toInstant();
    }

    private String status(String login, long bookingId) throws BusinessException {
        return seating.booking(login, bookingId).status();
    }

    @Test
    void aMorningBookingNotCheckedInByTenIsReleasedAndTheDeskIsFreeAgain() throws BusinessException {
        long[] desk = desks(2);
        LocalDate day = LocalDate.now(CityTime.ZONE).plusDays(10);
        List<String> people = people();
        BookingSummary morning = booking.book(people.get(0), desk[0], day, Slot.AM);
        BookingSummary wholeDay = booking.book(people.get(1), desk[1], day, Slot.DAY);

        seating.releaseNoShows(at(day, 9, 59));
        assertEquals("BOOKED", status(people.get(0), morning.id()));

        int released = seating.releaseNoShows(at(day, 10, 1));

        assertTrue(released >= 2);
        assertEquals("RELEASED", status(people.get(0), morning.id()));
        assertEquals("RELEASED", status(people.get(1), wholeDay.id()));
        assertEquals("BOOKED", booking.book(people.get(2), desk[0], day, Slot.AM).status());
    }

    @Test
    void anAfternoonBookingIsReleasedOnlyAfterTheAfternoonDeadline() throws BusinessException {
        long[] desk = desks(1);
        LocalDate day = LocalDate.now(CityTime.ZONE).plusDays(10);
        String login = people().get(3);
        BookingSummary afternoon = booking.book(login, desk[0], day, Slot.PM);

        seating.releaseNoShows(at(day, 10, 30));
        assertEquals("BOOKED", status(login, afternoon.id()));

        seating.releaseNoShows(at(day, 14, 31));
        assertEquals("RELEASED", status(login, afternoon.id()));
        BusinessException notLive = assertThrows(BusinessException.class, () -> seating.checkIn(login, afternoon.id()));
        assertEquals(BusinessException.Kind.CONFLICT, notLive.kind());
    }

    @Test
    void aReleasedBookingCanNoLongerBeCancelledButTheDeskCanBeBookedAgainBySomeoneElse() throws BusinessException {
        long[] desk = desks(1);
        LocalDate day = LocalDate.now(CityTime.ZONE).plusDays(10);
        List<String> people = people();
        BookingSummary first = booking.book(people.get(4), desk[0], day, Slot.DAY);
        seating.releaseNoShows(at(day, 10, 5));

        assertThrows(BusinessException.class, () -> seating.cancel(people.get(4), first.id()));
        assertEquals("BOOKED", booking.book(people.get(5), desk[0], day, Slot.PM).status());
    }
}
