package jp.shokuba.seating.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.Optional;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.directory.application.StaffSummary;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.seating.domain.BookingPolicy;
import jp.shokuba.seating.domain.Bookings;
import jp.shokuba.seating.domain.DeskBooking;
import jp.shokuba.seating.domain.DeskFacts;
import jp.shokuba.seating.domain.FloorBlock;
import jp.shokuba.seating.domain.PersonFacts;
import jp.shokuba.seating.domain.Places;
import jp.shokuba.seating.domain.Plan;
import jp.shokuba.seating.domain.Refusal;
import jp.shokuba.seating.domain.SeatingPerson;
import jp.shokuba.seating.domain.Slot;

/**
 * What the seating services share: the rules as of now, a person as the rules see them, and the refusals of a
 * desk with the nearest free desks to take instead. Joins the calling service's transaction.
 */
@ApplicationScoped
public class SeatingFacts {

    static final int ALTERNATIVES = 3;
    private static final int CANDIDATES = 24;

    @Inject
    Places places;

    @Inject
    Bookings bookings;

    @Inject
    DirectoryService directory;

    @Inject
    Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Slot slotNow() {
        return LocalDateTime.now(clock).toLocalTime().isBefore(Slot.PM.start()) ? Slot.AM : Slot.PM;
    }

    BookingPolicy policy() {
        return new BookingPolicy(places.rules(), LocalDateTime.now(clock));
    }

    PersonFacts person(String login, LocalDate day) throws BusinessException {
        StaffSummary s = directory.staff(login);
        boolean need = places.person(login).map(SeatingPerson::accessibilityNeed).orElse(false);
        return new PersonFacts(login, s.teamCode(), s.departmentCode(), need, directory.isAbsent(login, day));
    }

    boolean hidden(String login) {
        return places.person(login).map(SeatingPerson::hidden).orElse(false);
    }

    String floorName(long floorId) {
        return places.floor(floorId).map(f -> f.building().name() + " " + f.name()).orElse("");
    }

    BookingSummary summary(DeskBooking b) {
        return BookingSummary.of(b, places.lockerOf(b.login()).map(l -> l.floor().name() + " " + l.label()).orElse(""));
    }

    /**
     * After the database refused the row: the person already has a desk then, or the desk is taken, or (rarely) the
     * floor was blocked while this booking was under way.
     */
    BusinessException whyNotBooked(BookingPolicy policy, DeskFacts desk, PersonFacts person, LocalDate day, Slot slot) {
        Optional<DeskBooking> mine = bookings.liveOf(person.login(), day, slot);
        if (mine.isPresent()) {
            return BusinessException.conflict("seating.alreadyBooked", day, mine.get().desk().label(), mine.get().slot().name());
        }
        List<Alternative> alternatives = alternatives(policy, desk, person, day, slot);
        Optional<FloorBlock> block = alternatives.isEmpty() ? places.blockOn(desk.floorId(), day) : Optional.empty();
        if (block.isPresent()) {
            return Refusals.exception(block.get().refusal());
        }
        return new DeskRefusedException("seating.deskTaken", alternatives, desk.label());
    }

    /** A desk closed to this person: with the nearest desks they may take instead, where those help. */
    BusinessException refusedDesk(Refusal r, BookingPolicy policy, DeskFacts desk, PersonFacts person, LocalDate day,
                                  Slot slot) {
        if (r.kind() == Refusal.Kind.CONFLICT && r.alternativesHelp()) {
            return new DeskRefusedException(r.key(), alternatives(policy, desk, person, day, slot), r.arguments().toArray());
        }
        return Refusals.exception(r);
    }

    /**
     * The nearest free desks on the same floor that this person may book for the slot. The database ranks the
     * candidates; only when the nearest ones are mostly closed to this person (a team's neighbourhood) is the whole
     * floor searched.
     */
    List<Alternative> alternatives(BookingPolicy policy, DeskFacts desk, PersonFacts person, LocalDate day, Slot slot) {
        List<DeskFacts> near = bookings.nearestFreeDesks(desk.floorId(), desk.x(), desk.y(), day, slot, CANDIDATES);
        List<DeskFacts> allowed = allowed(near, policy, desk, person, day);
        if (allowed.size() < ALTERNATIVES && near.size() == CANDIDATES) {
            allowed = allowed(bookings.freeDesks(List.of(desk.floorId()), day, slot), policy, desk, person, day);
        }
        return Plan.nearest(allowed, desk.x(), desk.y(), ALTERNATIVES).stream()
                .map(d -> Alternative.of(d, desk.x(), desk.y())).toList();
    }

    private static List<DeskFacts> allowed(List<DeskFacts> free, BookingPolicy policy, DeskFacts desk, PersonFacts person,
                                           LocalDate day) {
        return free.stream().filter(d -> d.deskId() != desk.deskId() && policy.allows(d, person, day)).toList();
    }

    /** Logins of the person's 係 (or, for someone placed in a 課, of that 課), filling in their names. */
    List<String> teamLogins(StaffSummary me, Map<String, String> names) throws BusinessException {
        String unit = me.teamCode().isEmpty() ? me.unitCode() : me.teamCode();
        List<String> logins = new ArrayList<>();
        for (StaffSummary s : directory.members(unit)) {
            logins.add(s.login());
            names.put(s.login(), s.name());
        }
        return logins;
    }

}
