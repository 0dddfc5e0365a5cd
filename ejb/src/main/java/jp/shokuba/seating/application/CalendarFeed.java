package jp.shokuba.seating.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEvent;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.platform.CityTime;
import jp.shokuba.seating.domain.BookingStatus;
import jp.shokuba.seating.domain.Bookings;
import jp.shokuba.seating.domain.DeskBooking;
import jp.shokuba.seating.domain.Places;
import jp.shokuba.seating.domain.SeatingPerson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The personal iCalendar feed of desk and room bookings, behind a secret address for Outlook and phones. */
@Stateless
public class CalendarFeed {

    @Inject
    Places places;

    @Inject
    Bookings bookings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    DirectoryService directory;

    /** Event UIDs are {@code desk-12@host}: the platform's own name, the same whatever address a phone asked. */
    @Inject
    @ConfigProperty(name = "shokuba.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** The person's calendar secret, made on first use. */
    public String calendarSecret(String login) {
        SeatingPerson p = places.personForUpdate(login);
        return p.calendarSecret().orElseGet(p::newCalendarSecret);
    }

    /** A new secret: the old calendar address stops working at once. */
    public String renewCalendarSecret(String login) {
        String secret = places.personForUpdate(login).newCalendarSecret();
        audit.record(AuditEvent.of("seating.calendar-renewed", "Staff", login));
        return secret;
    }

    /**
     * The iCalendar (RFC 5545) feed behind a secret: the person's live desk and room bookings from a month ago on.
     * Only while the person may sign in: a deactivated person's feed answers as an unknown one would, and the same
     * address works again if they are reactivated (the address belongs to the person; renewing it is how it is
     * revoked for good).
     */
    public Optional<String> calendar(String secret) {
        if (secret == null || secret.length() < 20) {
            return Optional.empty();
        }
        String host = URI.create(baseUrl).getHost();
        return places.personWithSecret(secret).filter(p -> directory.securityVersion(p.login()).isPresent()).map(p -> {
            LocalDate from = LocalDate.now(clock).minusDays(31);
            ICalendar cal = new ICalendar("-//Shokuba//Seating//JA", clock.instant());
            for (DeskBooking b : bookings.of(p.login(), from, from.plusDays(400))) {
                if (b.status().live() || b.status() == BookingStatus.CHECKED_OUT) {
                    cal.event("desk-" + b.id() + "@" + host, b.slot().startOn(b.day(), CityTime.ZONE).toInstant(),
                            b.slot().endOn(b.day(), CityTime.ZONE).toInstant(), "座席 " + b.desk().label(),
                            b.desk().floor().building().name() + " " + b.desk().floor().name() + " " + b.desk().label());
                }
            }
            for (var r : bookings.roomBookingsOf(p.login(), from.atStartOfDay(CityTime.ZONE).toInstant())) {
                cal.event("room-" + r.id() + "@" + host, r.startsAt(), r.endsAt(), r.title(),
                        r.room().floor().building().name() + " " + r.room().floor().name() + " " + r.room().name());
            }
            return cal.text();
        });
    }
}
