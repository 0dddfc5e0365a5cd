package jp.shokuba.seating.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEvent;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.seating.domain.BookingContext;
import jp.shokuba.seating.domain.BookingPolicy;
import jp.shokuba.seating.domain.Bookings;
import jp.shokuba.seating.domain.DeskChoice;
import jp.shokuba.seating.domain.DeskFacts;
import jp.shokuba.seating.domain.FloorBlock;
import jp.shokuba.seating.domain.PersonFacts;
import jp.shokuba.seating.domain.Places;
import jp.shokuba.seating.domain.Plan;
import jp.shokuba.seating.domain.QuickBookings;
import jp.shokuba.seating.domain.Refusal;
import jp.shokuba.seating.domain.Slot;

/**
 * Booking desks: one given desk (strict), "book me a desk" (the best free desk the rules allow, おまかせ予約), and a
 * weekly series. The one-slot bookings are the 08:30 hot path: one statement reads every fact of the decision
 * ({@link QuickBookings#gather}), the rules decide in Java, one insert under the exclusion constraints books, and
 * the answer is built from what was read. Overlaps are refused by the database itself, so two people racing for
 * one desk can never both win.
 */
@Stateless
public class DeskBookingService {

    /** How many free desks "book me a desk" ranks; each one taken in the meantime costs one more insert. */
    private static final int RANKED = 16;
    private static final int MAX_SERIES_DATES = 60;

    @Inject
    QuickBookings quick;

    @Inject
    Bookings bookings;

    @Inject
    Places places;

    @Inject
    SeatingFacts facts;

    @Inject
    AuditTrail audit;

    @Inject
    Event<FloorChanged> floorChanged;

    /**
     * Books the desk for the person. Refused with the reason, and where it helps with the nearest free desks the
     * person may take instead ({@link DeskRefusedException}).
     */
    public BookingSummary book(String login, long deskId, LocalDate day, Slot slot) throws BusinessException {
        BookingPolicy policy = facts.policy();
        Refusals.refuse(policy.refuseDay(day));
        BookingContext c = quick.gather(login, day, slot, new DeskChoice.Preference(deskId, null, false), 0);
        DeskChoice.Candidate desk = known(c, deskId);
        Refusals.refuse(policy.refuseClosedDay(day, () -> places.floorsOpenOn(day).contains(desk.desk().floorId())));
        PersonFacts person = c.person();
        Refusals.refuse(policy.refusePerson(person, day));
        if (c.askedBlock().isPresent()) {
            throw BusinessException.conflict("seating.floorBlocked", c.askedBlock().get()[0], c.askedBlock().get()[1]);
        }
        Optional<Refusal> refused = policy.refuseDesk(desk.desk(), person, day);
        if (refused.isPresent()) {
            throw facts.refusedDesk(refused.get(), policy, desk.desk(), person, day, slot);
        }
        refuseIfBooked(c, day);
        long id = quick.insert(deskId, desk.desk().floorId(), login, day, slot)
                .orElseThrow(() -> facts.whyNotBooked(policy, desk.desk(), person, day, slot));
        return booked(id, desk, c, day, slot, "");
    }

    /**
     * "Book me a desk": the best free desk the rules allow on the floors the preference points to (the preferred
     * desk's or zone's floor, else where the team sits, else the team's neighbourhoods), with why it was chosen.
     * A desk taken while this request ran is passed over for the next. A preferred desk's floor full, the nearest
     * free desk of another floor is booked; a zone or the team's floors full is refused (409), naming the nearest
     * free desks on other floors.
     */
    public AssignedDesk bookFor(String login, LocalDate day, Slot slot, DeskChoice.Preference preference)
            throws BusinessException {
        BookingPolicy policy = facts.policy();
        Refusals.refuse(policy.refuseDay(day));
        BookingContext c = quick.gather(login, day, slot, preference, RANKED);
        if (preference.deskId() != null) {
            known(c, preference.deskId());
        } else if (!c.known()) {
            throw BusinessException.notFound("staff.notFound", login);
        }
        if (preference.zoneId() != null && places.zone(preference.zoneId()).isEmpty()) {
            throw BusinessException.notFound("seating.zoneNotFound", preference.zoneId());
        }
        Set<Long> openFloors = BookingPolicy.closure(day).isPresent() ? places.floorsOpenOn(day) : null;
        Refusals.refuse(policy.refuseClosedDay(day, () -> !openFloors.isEmpty()));
        Refusals.refuse(policy.refusePerson(c.person(), day));
        refuseIfBooked(c, day);
        DeskChoice choice = new DeskChoice(policy, c.person(), day, preference,
                c.asked().map(DeskChoice.Candidate::desk).orElse(null), c.team());
        // Every ranked desk taken by others meanwhile (many people near one popular desk): look again, once.
        for (int round = 0; round < 2; round++) {
            Optional<AssignedDesk> booked = firstFree(choice.rank(c.candidates()), c, openFloors, login, day, slot);
            if (booked.isPresent()) {
                return booked.get();
            }
            if (c.candidates().size() < RANKED) {
                break;
            }
            c = quick.gather(login, day, slot, preference, RANKED);
        }
        // the person's own booking made meanwhile (a second click) is seen by this gather: one connection, no JPA
        BookingContext there = quick.gatherElsewhere(login, day, slot, preference, RANKED);
        refuseIfBooked(there, day);
        List<DeskChoice.Choice> elsewhere = choice.rank(there.candidates()).stream()
                .filter(best -> openFloors == null || openFloors.contains(best.candidate().desk().floorId())).toList();
        // A preferred desk is only a wish: its floor full, the nearest free desk of another floor is booked at once.
        if (preference.deskId() != null && preference.zoneId() == null) {
            Optional<AssignedDesk> booked = firstFree(elsewhere, there, null, login, day, slot);
            if (booked.isPresent()) {
                return booked.get();
            }
        }
        throw new DeskRefusedException("seating.noFreeDesk", alternatives(elsewhere, c), day);
    }

    /** Books the first of the ranked desks that nobody took meantime, with why it was chosen. */
    private Optional<AssignedDesk> firstFree(List<DeskChoice.Choice> ranked, BookingContext c, Set<Long> openFloors,
                                             String login, LocalDate day, Slot slot) {
        for (DeskChoice.Choice best : ranked) {
            DeskFacts d = best.candidate().desk();
            if (openFloors != null && !openFloors.contains(d.floorId())) {
                continue;
            }
            Optional<Long> id = quick.insert(d.deskId(), d.floorId(), login, day, slot);
            if (id.isPresent()) {
                long seats = !best.reason().from().onFloor() ? 0
                        : Math.max(1, Math.round(best.reason().distance() / quick.pitch(d.floorId())));
                BookingSummary booking = booked(id.get(), best.candidate(), c, day, slot, " (auto)");
                return Optional.of(new AssignedDesk(booking, ChoiceReason.keys(best.reason()), seats));
            }
        }
        return Optional.empty();
    }

    /** The free desks of other floors the person may take, nearest first to where they wanted to sit. */
    private static List<Alternative> alternatives(List<DeskChoice.Choice> elsewhere, BookingContext c) {
        Plan.Point from = c.asked().map(a -> new Plan.Point(a.desk().floorId(), a.desk().x(), a.desk().y()))
                .orElse(c.team().isEmpty() ? new Plan.Point(0, 0, 0) : c.team().get(0));
        return elsewhere.stream().map(best -> best.candidate().desk())
                .sorted(Comparator.comparingDouble((DeskFacts d) -> d.distanceTo(from.x(), from.y())).thenComparing(DeskFacts::label))
                .limit(SeatingFacts.ALTERNATIVES).map(d -> Alternative.of(d, from.x(), from.y())).toList();
    }

    private static DeskChoice.Candidate known(BookingContext c, long deskId) throws BusinessException {
        return c.asked().orElseThrow(() -> BusinessException.notFound("seating.deskNotFound", deskId));
    }

    private static void refuseIfBooked(BookingContext c, LocalDate day) throws BusinessException {
        if (c.mine().isPresent()) {
            String mine = c.mine().get();
            int space = mine.lastIndexOf(' ');
            throw BusinessException.conflict("seating.alreadyBooked", day, mine.substring(0, space), mine.substring(space + 1));
        }
    }

    /** The new booking as its owner sees it, built from what the decision read: no second look at the row. */
    private BookingSummary booked(long id, DeskChoice.Candidate desk, BookingContext c, LocalDate day, Slot slot, String how) {
        DeskFacts d = desk.desk();
        BookingContext.FloorName where = c.places().getOrDefault(d.floorId(), new BookingContext.FloorName("", ""));
        audit.record(AuditEvent.of("seating.desk-booked", "DeskBooking", id).withDetail(d.label() + " " + day + " " + slot + how));
        floorChanged.fire(new FloorChanged(d.floorId(), day));
        return new BookingSummary(id, d.deskId(), d.label(), d.floorId(), where.floor(), where.building(), day, slot.name(),
                "BOOKED", null, false, c.locker(), d.x(), d.y());
    }

    /**
     * Books the same desk and slot on every given weekday in the period; each date refused is reported with its
     * reason. The period is checked against the booking horizon before a single date is generated.
     */
    public RecurringResult bookRecurring(String login, long deskId, Slot slot, DayOfWeek weekday, LocalDate first,
                                         LocalDate last, Locale locale) throws BusinessException {
        if (last.isBefore(first)) {
            throw BusinessException.invalid("seating.periodReversed");
        }
        BookingPolicy policy = facts.policy();
        Refusals.refuse(policy.refuseDay(first));
        Refusals.refuse(policy.refuseDay(last));
        List<LocalDate> dates = first.datesUntil(last.plusDays(1)).filter(d -> d.getDayOfWeek() == weekday).toList();
        if (dates.isEmpty() || dates.size() > MAX_SERIES_DATES) {
            throw BusinessException.invalid("seating.seriesSize", MAX_SERIES_DATES);
        }
        DeskFacts desk = places.deskFacts(deskId).orElseThrow(() -> BusinessException.notFound("seating.deskNotFound", deskId));
        long seriesId = bookings.newSeries(login, deskId, slot, weekday.getValue(), first, last);
        List<BookingSummary> booked = new ArrayList<>();
        List<DateConflict> conflicts = new ArrayList<>();
        for (LocalDate day : dates) {
            PersonFacts person = facts.person(login, day);
            Optional<Refusal> refusal = policy.refuseClosedDay(day, () -> places.floorsOpenOn(day).contains(desk.floorId()))
                    .or(() -> policy.refusePerson(person, day))
                    .or(() -> places.blockOn(desk.floorId(), day).map(FloorBlock::refusal))
                    .or(() -> policy.refuseDesk(desk, person, day));
            if (refusal.isPresent()) {
                Refusal r = refusal.get();
                conflicts.add(new DateConflict(day, r.key(), new BusinessException(BusinessException.Kind.CONFLICT, r.key(),
                        r.arguments().toArray()).message(locale),
                        r.alternativesHelp() ? facts.alternatives(policy, desk, person, day, slot) : List.of()));
                continue;
            }
            Optional<Long> id = bookings.tryBook(deskId, login, day, slot, seriesId, null);
            if (id.isPresent()) {
                booked.add(facts.summary(bookings.byId(id.get()).orElseThrow()));
                audit.record(AuditEvent.of("seating.desk-booked", "DeskBooking", id.get())
                        .withDetail(desk.label() + " " + day + " " + slot + " (series " + seriesId + ")"));
                floorChanged.fire(new FloorChanged(desk.floorId(), day));
            } else {
                BusinessException why = facts.whyNotBooked(policy, desk, person, day, slot);
                conflicts.add(new DateConflict(day, why.key(), why.message(locale),
                        why instanceof DeskRefusedException d ? d.alternatives() : List.of()));
            }
        }
        return new RecurringResult(seriesId, booked, conflicts);
    }
}
