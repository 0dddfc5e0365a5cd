package jp.shokuba.seating.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import jp.shokuba.platform.BusinessCalendar;

/**
 * The rules of desk booking as of one moment in city time: how far ahead, absence, reserved accessible
 * desks, team neighbourhoods and the city hall's closed days. Overlaps (the desk or the person already booked) are not here: the
 * database refuses those, atomically.
 */
public final class BookingPolicy {

    private static final BusinessCalendar CALENDAR = new BusinessCalendar();

    private final SeatingRules rules;
    private final LocalDateTime now;

    public BookingPolicy(SeatingRules rules, LocalDateTime now) {
        this.rules = rules;
        this.now = now;
    }

    /** Refuses a day in the past or beyond the horizon. */
    public Optional<Refusal> refuseDay(LocalDate day) {
        LocalDate today = now.toLocalDate();
        if (day.isBefore(today)) {
            return Optional.of(Refusal.invalid("seating.pastDay", day));
        }
        if (day.isAfter(rules.lastBookableDay(today))) {
            return Optional.of(Refusal.invalid("seating.beyondHorizon", rules.horizonDays(), rules.lastBookableDay(today)));
        }
        return Optional.empty();
    }

    /** Why the city hall is closed that day (weekend, public holiday, 12/29–1/3); empty on a working day. */
    public static Optional<BusinessCalendar.Closure> closure(LocalDate day) {
        return CALENDAR.closure(day);
    }

    /**
     * Refuses a day the city hall is closed, unless the floor is opened for it; {@code floorOpened} is asked only
     * on a closed day, so a working day costs no look-up.
     */
    public Optional<Refusal> refuseClosedDay(LocalDate day, BooleanSupplier floorOpened) {
        return closure(day).filter(c -> !floorOpened.getAsBoolean())
                .map(c -> Refusal.invalid("seating.closedDay." + c.name(), day));
    }

    /** Refuses the person while they are recorded as absent that day. */
    public Optional<Refusal> refusePerson(PersonFacts person, LocalDate day) {
        return person.absent() ? Optional.of(Refusal.conflict("seating.absent", false, day)) : Optional.empty();
    }

    /** Refuses a desk this person may not have that day: reserved for accessibility, or another team's neighbourhood before the cutoff. */
    public Optional<Refusal> refuseDesk(DeskFacts desk, PersonFacts person, LocalDate day) {
        if (desk.accessibleReserved() && !person.accessibilityNeed()) {
            return Optional.of(Refusal.conflict("seating.accessibleReserved", true, desk.label()));
        }
        if (!desk.zoneTeams().isEmpty() && !desk.zoneTeams().contains(person.teamCode())
                && !desk.zoneTeams().contains(person.departmentCode()) && now.isBefore(rules.neighbourhoodOpensAt(day))) {
            return Optional.of(Refusal.conflict("seating.neighbourhood", true, desk.label(), desk.zoneName(),
                    rules.neighbourhoodOpensAt(day).toLocalDate(), rules.neighbourhoodCutoff().toString()));
        }
        return Optional.empty();
    }

    public boolean allows(DeskFacts desk, PersonFacts person, LocalDate day) {
        return refuseDesk(desk, person, day).isEmpty();
    }
}
