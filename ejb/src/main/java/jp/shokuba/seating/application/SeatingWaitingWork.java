package jp.shokuba.seating.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.shokuba.platform.Names;
import jp.shokuba.platform.WaitingWork;
import jp.shokuba.seating.domain.BookingStatus;
import jp.shokuba.seating.domain.Bookings;
import jp.shokuba.seating.domain.DeskBooking;
import jp.shokuba.seating.domain.Places;
import jp.shokuba.seating.domain.SeatingRules;

/**
 * Home page lines: where I sit today and by when to check in, and the desks a 係長 booked for me on a team day.
 */
@Stateless
public class SeatingWaitingWork implements WaitingWork {

    private static final String LINK = "/seating/index.xhtml";

    @Inject
    Bookings bookings;

    @Inject
    Places places;

    @Inject
    Clock clock;

    @Override
    public List<WaitingItem> waitingFor(String login) {
        LocalDate today = LocalDate.now(clock);
        SeatingRules rules = places.rules();
        List<WaitingItem> items = new ArrayList<>();
        for (DeskBooking b : bookings.liveOn(login, today)) {
            String where = Names.join(b.desk().floor().building().name(), b.desk().floor().name(), b.desk().label());
            String locker = places.lockerOf(login).map(l -> l.floor().name() + " " + l.label()).orElse("-");
            items.add(new WaitingItem("seating", "seating.waiting.today", List.of(where, b.slot(), locker), LINK));
            if (b.status() == BookingStatus.BOOKED) {
                items.add(new WaitingItem("seating", "seating.waiting.checkIn",
                        List.of(rules.checkInDeadline(b.slot()).toString(), b.desk().label()), LINK));
            }
        }
        for (DeskBooking b : bookings.of(login, today.plusDays(1), today.plusDays(rules.horizonDays()))) {
            if (b.teamDayId().isPresent() && b.status().live()) {
                items.add(new WaitingItem("seating", "seating.waiting.teamDay",
                        List.of(b.day(), Names.join(b.desk().floor().building().name(), b.desk().floor().name(), b.desk().label())),
                        LINK + "?date=" + b.day()));
            }
        }
        return items;
    }
}
