package jp.shokuba.seating.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEvent;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.directory.application.StaffSummary;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.seating.domain.BookingStatus;
import jp.shokuba.seating.domain.Bookings;
import jp.shokuba.seating.domain.DeskBooking;
import jp.shokuba.seating.domain.Places;

/** Finding colleagues: where one sits on a day, who of my team is in, and opting out of being found. */
@Stateless
public class WhereaboutsService {

    @Inject
    Places places;

    @Inject
    Bookings bookings;

    @Inject
    DirectoryService directory;

    @Inject
    SeatingFacts facts;

    @Inject
    AuditTrail audit;

    /** Where the colleague sits that day, unless they opted out (then {@code hidden}). */
    public Whereabouts whereIs(String caller, String login, LocalDate day) throws BusinessException {
        StaffSummary s = directory.staff(login);
        boolean hidden = !caller.equals(login) && facts.hidden(login);
        List<BookingSummary> where = hidden ? List.of()
                : bookings.liveOn(login, day).stream().map(b -> BookingSummary.of(b, "")).toList();
        return new Whereabouts(s.login(), s.name(), s.department() + " " + s.team(), day, hidden, where);
    }

    /** Who of my team is in that day: checked in (IN), booked (BOOKED), or no desk (NONE); hidden members show HIDDEN. */
    public List<TeammateToday> myTeam(String login, LocalDate day) throws BusinessException {
        StaffSummary me = directory.staff(login);
        Map<String, String> names = new HashMap<>();
        List<String> logins = facts.teamLogins(me, names);
        Map<String, DeskBooking> live = new HashMap<>();
        for (DeskBooking b : bookings.liveOf(logins, day)) {
            live.merge(b.login(), b, (a, c) -> a.status() == BookingStatus.CHECKED_IN ? a : c);
        }
        List<TeammateToday> team = new ArrayList<>();
        for (StaffSummary m : directory.members(me.teamCode().isEmpty() ? me.unitCode() : me.teamCode())) {
            boolean hidden = !m.login().equals(login) && facts.hidden(m.login());
            DeskBooking b = live.get(m.login());
            if (hidden) {
                team.add(new TeammateToday(m.login(), m.name(), m.position(), "HIDDEN", "", "", 0, 0));
            } else if (b == null) {
                team.add(new TeammateToday(m.login(), m.name(), m.position(), "NONE", "", "", 0, 0));
            } else {
                team.add(new TeammateToday(m.login(), m.name(), m.position(),
                        b.status() == BookingStatus.CHECKED_IN ? "IN" : "BOOKED", b.desk().label(),
                        b.desk().floor().building().name() + " " + b.desk().floor().name(), b.desk().floor().id(), b.desk().id()));
            }
        }
        return team;
    }

    public boolean hidden(String login) {
        return facts.hidden(login);
    }

    /** Opts out of (or back into) being found by colleagues. */
    public void hide(String login, boolean hidden) {
        places.personForUpdate(login).hideFromColleagues(hidden);
        audit.record(AuditEvent.of("seating.hidden-changed", "SeatingPerson", login).withDetail(hidden ? "hidden" : "visible"));
    }
}
