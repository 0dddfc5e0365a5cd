package jp.shokuba.seating.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEvent;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.directory.application.StaffSummary;
import jp.shokuba.directory.application.UnitSummary;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.CityTime;
import jp.shokuba.seating.domain.BookingPolicy;
import jp.shokuba.seating.domain.BookingStatus;
import jp.shokuba.seating.domain.Bookings;
import jp.shokuba.seating.domain.DeskBooking;
import jp.shokuba.seating.domain.DeskFacts;
import jp.shokuba.seating.domain.DeskState;
import jp.shokuba.seating.domain.Floor;
import jp.shokuba.seating.domain.FloorBlock;
import jp.shokuba.seating.domain.PersonFacts;
import jp.shokuba.seating.domain.Places;
import jp.shokuba.seating.domain.Plan;
import jp.shokuba.seating.domain.Refusal;
import jp.shokuba.seating.domain.SeatingPerson;
import jp.shokuba.seating.domain.SeatingRules;
import jp.shokuba.seating.domain.Slot;

/**
 * Desk booking for staff: book, cancel, check in and out, recurring bookings, team days, finding colleagues,
 * and the release of unused bookings (meeting rooms are {@link RoomBookingService}'s, the calendar feed
 * {@link CalendarFeed}'s). Each public method is one
 * transaction. The rules (how far ahead, absence, reserved desks, neighbourhoods, blocked floors) are checked here;
 * overlaps are refused by the database itself, so two people racing for one desk can never both win.
 */
@Stateless
public class SeatingService {

    static final int ALTERNATIVES = 3;
    private static final int CANDIDATES = 24;
    private static final int MAX_SERIES_DATES = 60;
    private static final Set<String> TEAM_DAY_KINDS = Set.of("TEAM", "DEPARTMENT", "OFFICE");

    @Inject
    Places places;

    @Inject
    Bookings bookings;

    @Inject
    BookingReads reads;

    @Inject
    DirectoryService directory;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<FloorChanged> floorChanged;

    // ---- places as every member of staff sees them ----

    public List<FloorSummary> floors() {
        return places.floors().stream().map(FloorSummary::of).toList();
    }

    public FloorSummary floor(long id) throws BusinessException {
        return FloorSummary.of(findFloor(id));
    }

    /** The floor plan file and its content type. */
    public Optional<PlanFile> plan(long floorId) throws BusinessException {
        Floor f = findFloor(floorId);
        return f.plan().map(bytes -> new PlanFile(bytes, f.planType().orElseThrow()));
    }

    /** A floor plan file. */
    public record PlanFile(byte[] content, String contentType) {
    }

    /** Every desk of the floor with its morning and afternoon state on that day, as the caller sees it. */
    public FloorAvailability availability(String login, long floorId, LocalDate day) throws BusinessException {
        Floor floor = findFloor(floorId);
        Optional<FloorBlock> block = places.blockOn(floorId, day);
        Map<Long, DeskStateBuilder> desks = new LinkedHashMap<>();
        for (DeskState s : bookings.floorOn(floorId, day)) {
            DeskStateBuilder d = desks.computeIfAbsent(s.deskId(), id -> new DeskStateBuilder(s, block.isPresent()));
            d.add(s, login);
        }
        List<DeskView> views = desks.values().stream().map(DeskStateBuilder::build).toList();
        int halfDays = views.size() * 2;
        long taken = views.stream().mapToLong(v -> (v.am().equals("FREE") || v.am().equals("BLOCKED") ? 0 : 1)
                + (v.pm().equals("FREE") || v.pm().equals("BLOCKED") ? 0 : 1)).sum();
        int occupiedNow = 0;
        if (day.equals(today())) {
            boolean morning = LocalDateTime.now(clock).toLocalTime().isBefore(Slot.PM.start());
            occupiedNow = (int) views.stream().filter(v -> (morning ? v.am() : v.pm()).equals("OCCUPIED")).count();
        }
        return new FloorAvailability(FloorSummary.of(floor), day, block.map(FloorBlock::reason).orElse(null), views,
                halfDays == 0 ? 0 : (int) Math.round(100.0 * taken / halfDays), occupiedNow);
    }

    /** Folds the rows of one desk (none, or one per live booking) into its morning and afternoon state. */
    private static final class DeskStateBuilder {
        private final DeskState first;
        private final boolean blocked;
        private String am = "FREE";
        private String pm = "FREE";
        private long myAm;
        private long myPm;

        DeskStateBuilder(DeskState first, boolean blocked) {
            this.first = first;
            this.blocked = blocked;
        }

        void add(DeskState s, String login) {
            if (!s.booked()) {
                return;
            }
            String state = s.status() == BookingStatus.CHECKED_IN ? "OCCUPIED" : "BOOKED";
            boolean mine = s.login().equals(login);
            if (s.slot().coversMorning()) {
                am = state;
                myAm = mine ? s.bookingId() : myAm;
            }
            if (s.slot().coversAfternoon()) {
                pm = state;
                myPm = mine ? s.bookingId() : myPm;
            }
        }

        DeskView build() {
            Set<String> features = first.features().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
            return new DeskView(first.deskId(), first.label(), first.x(), first.y(), first.zoneName(),
                    first.neighbourhood(), first.accessibleReserved(), features, blocked ? "BLOCKED" : am,
                    blocked ? "BLOCKED" : pm, myAm, myPm);
        }
    }

    /** How many days ahead desks can be booked (the pages' date pickers stop there). */
    public int horizonDays() {
        return places.rules().horizonDays();
    }

    // ---- booking ----

    /**
     * Books the desk for the person. Refused with the reason, and where it helps with the nearest free desks the
     * person may take instead ({@link DeskRefusedException}).
     */
    public BookingSummary book(String login, long deskId, LocalDate day, Slot slot) throws BusinessException {
        BookingPolicy policy = policy();
        Refusals.refuse(policy.refuseDay(day));
        DeskFacts desk = places.deskFacts(deskId).orElseThrow(() -> BusinessException.notFound("seating.deskNotFound", deskId));
        PersonFacts person = person(login, day);
        Refusals.refuse(policy.refusePerson(person, day));
        Refusals.refuse(places.blockOn(desk.floorId(), day).map(FloorBlock::refusal));
        Optional<Refusal> deskRefused = policy.refuseDesk(desk, person, day);
        if (deskRefused.isPresent()) {
            throw refusedDesk(deskRefused.get(), policy, desk, person, day, slot);
        }
        long id = bookings.tryBook(deskId, login, day, slot, null, null)
                .orElseThrow(() -> whyNotBooked(policy, desk, person, day, slot));
        floorChanged.fire(new FloorChanged(desk.floorId(), day));
        return reads.summary(id).orElseThrow();
    }

    /**
     * After the database refused the row: the person already has a desk then, or the desk is taken, or (rarely) the
     * floor was blocked while this booking was under way.
     */
    private BusinessException whyNotBooked(BookingPolicy policy, DeskFacts desk, PersonFacts person, LocalDate day, Slot slot) {
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
    private BusinessException refusedDesk(Refusal r, BookingPolicy policy, DeskFacts desk, PersonFacts person, LocalDate day,
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
    private List<Alternative> alternatives(BookingPolicy policy, DeskFacts desk, PersonFacts person, LocalDate day, Slot slot) {
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

    /** Books the same desk and slot on every given weekday in the period; each date refused is reported with its reason. */
    public RecurringResult bookRecurring(String login, long deskId, Slot slot, DayOfWeek weekday, LocalDate first,
                                         LocalDate last, Locale locale) throws BusinessException {
        if (last.isBefore(first)) {
            throw BusinessException.invalid("seating.periodReversed");
        }
        List<LocalDate> dates = first.datesUntil(last.plusDays(1)).filter(d -> d.getDayOfWeek() == weekday).toList();
        if (dates.isEmpty() || dates.size() > MAX_SERIES_DATES) {
            throw BusinessException.invalid("seating.seriesSize", MAX_SERIES_DATES);
        }
        DeskFacts desk = places.deskFacts(deskId).orElseThrow(() -> BusinessException.notFound("seating.deskNotFound", deskId));
        long seriesId = bookings.newSeries(login, deskId, slot, weekday.getValue(), first, last);
        BookingPolicy policy = policy();
        List<BookingSummary> booked = new ArrayList<>();
        List<DateConflict> conflicts = new ArrayList<>();
        for (LocalDate day : dates) {
            PersonFacts person = person(login, day);
            Optional<Refusal> refusal = policy.refuseDay(day).or(() -> policy.refusePerson(person, day))
                    .or(() -> places.blockOn(desk.floorId(), day).map(FloorBlock::refusal))
                    .or(() -> policy.refuseDesk(desk, person, day));
            if (refusal.isPresent()) {
                Refusal r = refusal.get();
                conflicts.add(new DateConflict(day, r.key(), new BusinessException(BusinessException.Kind.CONFLICT, r.key(),
                        r.arguments().toArray()).message(locale),
                        r.alternativesHelp() ? alternatives(policy, desk, person, day, slot) : List.of()));
                continue;
            }
            Optional<Long> id = bookings.tryBook(deskId, login, day, slot, seriesId, null);
            if (id.isPresent()) {
                booked.add(summary(bookings.byId(id.get()).orElseThrow()));
                floorChanged.fire(new FloorChanged(desk.floorId(), day));
            } else {
                BusinessException why = whyNotBooked(policy, desk, person, day, slot);
                conflicts.add(new DateConflict(day, why.key(), why.message(locale),
                        why instanceof DeskRefusedException d ? d.alternatives() : List.of()));
            }
        }
        return new RecurringResult(seriesId, booked, conflicts);
    }

    public void cancel(String login, long bookingId) throws BusinessException {
        DeskBooking b = own(login, bookingId);
        try {
            b.cancel(clock.instant());
        } catch (IllegalStateException notLive) {
            throw BusinessException.conflict("seating.notLive", b.status().name());
        }
        floorChanged.fire(new FloorChanged(b.desk().floor().id(), b.day()));
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
                floorChanged.fire(new FloorChanged(b.desk().floor().id(), b.day()));
                n++;
            }
        }
        return n;
    }

    public BookingSummary checkIn(String login, long bookingId) throws BusinessException {
        DeskBooking b = own(login, bookingId);
        checkIn(b);
        return summary(b);
    }

    /** What the desk's QR code does: checks in the caller's booking of this desk for today. */
    public BookingSummary checkInAtDesk(String login, long deskId) throws BusinessException {
        LocalDate today = today();
        Slot now = LocalDateTime.now(clock).toLocalTime().isBefore(Slot.PM.start()) ? Slot.AM : Slot.PM;
        DeskBooking b = bookings.liveOn(login, today).stream().filter(x -> x.desk().id() == deskId)
                .filter(x -> x.status() == BookingStatus.BOOKED)
                .min(Comparator.comparing((DeskBooking x) -> !x.slot().overlaps(now)))
                .orElseThrow(() -> BusinessException.notFound("seating.noBookingAtDesk",
                        places.desk(deskId).map(d -> d.label()).orElse(String.valueOf(deskId))));
        checkIn(b);
        return summary(b);
    }

    /**
     * A walk-in: books the desk for the rest of today (the whole day before noon, else the afternoon) and checks in
     * at once. The same rules and the same database constraints apply as to any booking.
     */
    public BookingSummary walkIn(String login, long deskId) throws BusinessException {
        Slot slot = LocalDateTime.now(clock).toLocalTime().isBefore(Slot.AM.end()) ? Slot.DAY : Slot.PM;
        BookingSummary booked = book(login, deskId, today(), slot);
        DeskBooking b = bookings.byId(booked.id()).orElseThrow();
        checkIn(b);
        return summary(b);
    }

    /** "第一本庁舎 2F 2F-001" for a desk in use. */
    public Optional<String> deskName(long deskId) {
        return places.desk(deskId).filter(d -> d.active())
                .map(d -> d.floor().building().name() + " " + d.floor().name() + " " + d.label());
    }

    /** The desks of a floor (for QR sheets and administration). */
    public List<DeskSummary> desks(long floorId) {
        return places.desks(floorId).stream().map(DeskSummary::of).toList();
    }

    private void checkIn(DeskBooking b) throws BusinessException {
        try {
            b.checkIn(clock.instant(), today());
        } catch (IllegalStateException notBooked) {
            throw BusinessException.conflict("seating.checkInNotBooked", b.status().name());
        } catch (IllegalArgumentException notToday) {
            throw BusinessException.conflict("seating.checkInNotToday", b.day());
        }
        floorChanged.fire(new FloorChanged(b.desk().floor().id(), b.day()));
    }

    /** Leaves early: the desk is free for others for the rest of the slot. */
    public BookingSummary checkOut(String login, long bookingId) throws BusinessException {
        DeskBooking b = own(login, bookingId);
        try {
            b.checkOut(clock.instant());
        } catch (IllegalStateException notIn) {
            throw BusinessException.conflict("seating.checkOutNotIn", b.status().name());
        }
        floorChanged.fire(new FloorChanged(b.desk().floor().id(), b.day()));
        return summary(b);
    }

    public BookingSummary booking(String login, long bookingId) throws BusinessException {
        return summary(own(login, bookingId));
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
        floors.stream().distinct().forEach(f -> floorChanged.fire(new FloorChanged(f, day)));
        return floors.size();
    }

    // ---- keeping the team together ----

    /**
     * Free desks closest on the plan to where the person's teammates have booked that slot, best first. With no
     * teammate booked yet, the free desks of the team's neighbourhood.
     */
    public List<Suggestion> nearMyTeam(String login, LocalDate day, Slot slot, int max) throws BusinessException {
        StaffSummary me = directory.staff(login);
        PersonFacts person = person(login, day);
        BookingPolicy policy = policy();
        Map<String, String> names = new HashMap<>();
        List<Plan.Point> teammates = new ArrayList<>();
        Map<Plan.Point, String> who = new HashMap<>();
        for (DeskBooking b : bookings.liveOf(teamLogins(me, names), day)) {
            if (!b.login().equals(login) && b.slot().overlaps(slot)) {
                Plan.Point p = new Plan.Point(b.desk().floor().id(), b.desk().x(), b.desk().y());
                teammates.add(p);
                who.put(p, names.get(b.login()));
            }
        }
        List<DeskFacts> free = bookings.freeDesks(List.of(), day, slot).stream()
                .filter(d -> policy.allows(d, person, day)).toList();
        Map<Long, String> floorNames = places.floors().stream()
                .collect(Collectors.toMap(Floor::id, f -> f.building().name() + " " + f.name()));
        if (teammates.isEmpty()) {
            return free.stream().filter(d -> d.zoneTeams().contains(me.teamCode()) || d.zoneTeams().contains(me.departmentCode()))
                    .sorted(Comparator.comparing(DeskFacts::label)).limit(max)
                    .map(d -> new Suggestion(d.deskId(), d.label(), d.floorId(), floorNames.get(d.floorId()), d.x(), d.y(),
                            0, "")).toList();
        }
        return Plan.nearTeam(free, teammates, max).stream().map(d -> {
            Plan.Point nearest = teammates.stream().filter(p -> p.floorId() == d.floorId())
                    .min(Comparator.comparingDouble(p -> d.distanceTo(p.x(), p.y()))).orElseThrow();
            return new Suggestion(d.deskId(), d.label(), d.floorId(), floorNames.get(d.floorId()), d.x(), d.y(),
                    Math.round(d.distanceTo(nearest.x(), nearest.y())), who.get(nearest));
        }).toList();
    }

    /** Logins of the person's 係 (or, for someone placed in a 課, of that 課), filling in their names. */
    private List<String> teamLogins(StaffSummary me, Map<String, String> names) throws BusinessException {
        String unit = me.teamCode().isEmpty() ? me.unitCode() : me.teamCode();
        List<String> logins = new ArrayList<>();
        for (StaffSummary s : directory.members(unit)) {
            logins.add(s.login());
            names.put(s.login(), s.name());
        }
        return logins;
    }

    /**
     * Team day: the 係長 (or someone of higher rank above the team) books a compact cluster of free whole-day desks
     * for every member who has not booked that day and is not away. Each seated member finds it on their home page.
     */
    public TeamDayResult teamDay(String organiser, String teamCode, LocalDate day) throws BusinessException {
        StaffSummary boss = directory.staff(organiser);
        UnitSummary team = directory.unit(teamCode);
        boolean leadsIt = boss.rank() >= 3 && (boss.unitCode().equals(teamCode)
                || (!team.parentCode().isEmpty() && boss.unitCode().equals(team.parentCode())));
        if (!leadsIt || !TEAM_DAY_KINDS.contains(team.kind())) {
            throw BusinessException.forbidden("seating.teamDayNotLeader", team.name());
        }
        BookingPolicy policy = policy();
        Refusals.refuse(policy.refuseDay(day));
        List<StaffSummary> members = directory.members(teamCode);
        Map<String, StaffSummary> byLogin = members.stream().collect(Collectors.toMap(StaffSummary::login, s -> s));
        List<TeamDayResult.Seat> already = new ArrayList<>();
        List<TeamDayResult.Seat> notSeated = new ArrayList<>();
        List<Plan.Point> anchors = new ArrayList<>();
        Set<String> booked = new TreeSet<>();
        for (DeskBooking b : bookings.liveOf(byLogin.keySet(), day)) {
            if (booked.add(b.login())) {
                already.add(new TeamDayResult.Seat(b.login(), byLogin.get(b.login()).name(), b.desk().label(),
                        b.desk().id(), b.desk().floor().name(), b.slot().name()));
            }
            anchors.add(new Plan.Point(b.desk().floor().id(), b.desk().x(), b.desk().y()));
        }
        List<StaffSummary> toSeat = new ArrayList<>();
        for (StaffSummary m : members) {
            if (booked.contains(m.login())) {
                continue;
            }
            if (directory.isAbsent(m.login(), day)) {
                notSeated.add(new TeamDayResult.Seat(m.login(), m.name(), "", 0, "", "absent"));
            } else {
                toSeat.add(m);
            }
        }
        long teamDayId = bookings.newTeamDay(teamCode, day, organiser);
        PersonFacts asTeam = new PersonFacts(organiser, teamCode, team.parentCode(), false, false);
        List<DeskFacts> free = new ArrayList<>(bookings.freeDesks(List.of(), day, Slot.DAY).stream()
                .filter(d -> policy.allows(d, asTeam, day)).toList());
        List<DeskFacts> cluster = Plan.cluster(free, anchors, toSeat.size());
        if (cluster.isEmpty() && !toSeat.isEmpty()) {
            cluster = Plan.nearest(free, 0, 0, toSeat.size());
        }
        List<TeamDayResult.Seat> seated = new ArrayList<>();
        List<DeskFacts> remaining = new ArrayList<>(free);
        remaining.removeAll(cluster);
        int i = 0;
        for (StaffSummary m : toSeat) {
            Optional<DeskFacts> seat = Optional.empty();
            List<DeskFacts> candidates = new ArrayList<>(i < cluster.size() ? List.of(cluster.get(i)) : List.of());
            i++;
            if (!candidates.isEmpty()) {
                DeskFacts c = candidates.get(0);
                candidates.addAll(Plan.nearest(remaining, c.x(), c.y(), 5).stream().filter(d -> d.floorId() == c.floorId()).toList());
            }
            for (DeskFacts c : candidates) {
                if (bookings.tryBook(c.deskId(), m.login(), day, Slot.DAY, null, teamDayId).isPresent()) {
                    seat = Optional.of(c);
                    remaining.remove(c);
                    floorChanged.fire(new FloorChanged(c.floorId(), day));
                    break;
                }
            }
            if (seat.isPresent()) {
                seated.add(new TeamDayResult.Seat(m.login(), m.name(), seat.get().label(), seat.get().deskId(),
                        floorName(seat.get().floorId()), ""));
            } else {
                notSeated.add(new TeamDayResult.Seat(m.login(), m.name(), "", 0, "", "noDesk"));
            }
        }
        audit.record(AuditEvent.of("seating.team-day", "Team", teamCode)
                .withDetail(day + " seated " + seated.size() + ", already " + already.size() + ", not seated " + notSeated.size()));
        return new TeamDayResult(teamDayId, teamCode, day, seated, already, notSeated);
    }

    // ---- finding colleagues ----

    /** Where the colleague sits that day, unless they opted out (then {@code hidden}). */
    public Whereabouts whereIs(String caller, String login, LocalDate day) throws BusinessException {
        StaffSummary s = directory.staff(login);
        boolean hidden = !caller.equals(login) && places.person(login).map(SeatingPerson::hidden).orElse(false);
        List<BookingSummary> where = hidden ? List.of()
                : bookings.liveOn(login, day).stream().map(b -> BookingSummary.of(b, "")).toList();
        return new Whereabouts(s.login(), s.name(), s.department() + " " + s.team(), day, hidden, where);
    }

    /** Who of my team is in that day: checked in (IN), booked (BOOKED), or no desk (NONE); hidden members show HIDDEN. */
    public List<TeammateToday> myTeam(String login, LocalDate day) throws BusinessException {
        StaffSummary me = directory.staff(login);
        Map<String, String> names = new HashMap<>();
        List<String> logins = teamLogins(me, names);
        Map<String, DeskBooking> live = new HashMap<>();
        for (DeskBooking b : bookings.liveOf(logins, day)) {
            live.merge(b.login(), b, (a, c) -> a.status() == BookingStatus.CHECKED_IN ? a : c);
        }
        List<TeammateToday> team = new ArrayList<>();
        for (StaffSummary m : directory.members(me.teamCode().isEmpty() ? me.unitCode() : me.teamCode())) {
            boolean hidden = !m.login().equals(login) && places.person(m.login()).map(SeatingPerson::hidden).orElse(false);
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
        return places.person(login).map(SeatingPerson::hidden).orElse(false);
    }

    /** Opts out of (or back into) being found by colleagues. */
    public void hide(String login, boolean hidden) {
        places.personForUpdate(login).hideFromColleagues(hidden);
    }

    // ---- helpers ----

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private BookingPolicy policy() {
        return new BookingPolicy(places.rules(), LocalDateTime.now(clock));
    }

    private PersonFacts person(String login, LocalDate day) throws BusinessException {
        StaffSummary s = directory.staff(login);
        boolean need = places.person(login).map(SeatingPerson::accessibilityNeed).orElse(false);
        return new PersonFacts(login, s.teamCode(), s.departmentCode(), need, directory.isAbsent(login, day));
    }

    private DeskBooking own(String login, long bookingId) throws BusinessException {
        return bookings.byId(bookingId).filter(b -> b.login().equals(login))
                .orElseThrow(() -> BusinessException.notFound("seating.bookingNotFound", bookingId));
    }

    private Floor findFloor(long id) throws BusinessException {
        return places.floor(id).orElseThrow(() -> BusinessException.notFound("seating.floorNotFound", id));
    }

    private String floorName(long floorId) {
        return places.floor(floorId).map(f -> f.building().name() + " " + f.name()).orElse("");
    }

    private BookingSummary summary(DeskBooking b) {
        return BookingSummary.of(b, places.lockerOf(b.login()).map(l -> l.floor().name() + " " + l.label()).orElse(""));
    }
}
