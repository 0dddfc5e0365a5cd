package jp.shokuba.seating.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
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
import jp.shokuba.seating.domain.BookingPolicy;
import jp.shokuba.seating.domain.Bookings;
import jp.shokuba.seating.domain.DeskBooking;
import jp.shokuba.seating.domain.DeskFacts;
import jp.shokuba.seating.domain.Floor;
import jp.shokuba.seating.domain.PersonFacts;
import jp.shokuba.seating.domain.Places;
import jp.shokuba.seating.domain.QuickBookings;
import jp.shokuba.seating.domain.Plan;
import jp.shokuba.seating.domain.Slot;

/**
 * Keeping the team together: the free desks nearest to where one's teammates sit (never naming or placing a
 * teammate who chose to be hidden), and the team day a 係長 books for the whole team at once.
 */
@Stateless
public class TeamSeatingService {

    private static final Set<String> TEAM_DAY_KINDS = Set.of("TEAM", "DEPARTMENT", "OFFICE");

    @Inject
    Places places;

    @Inject
    QuickBookings quick;

    @Inject
    Bookings bookings;

    @Inject
    DirectoryService directory;

    @Inject
    SeatingFacts facts;

    @Inject
    AuditTrail audit;

    @Inject
    Event<FloorChanged> floorChanged;

    /**
     * Free desks closest on the plan to where the person's teammates have booked that slot, best first. With no
     * teammate booked yet, the free desks of the team's neighbourhood.
     */
    public List<Suggestion> nearMyTeam(String login, LocalDate day, Slot slot, int max) throws BusinessException {
        StaffSummary me = directory.staff(login);
        PersonFacts person = facts.person(login, day);
        BookingPolicy policy = facts.policy();
        Map<String, String> names = new HashMap<>();
        List<Plan.Point> teammates = new ArrayList<>();
        Map<Plan.Point, String> who = new HashMap<>();
        for (DeskBooking b : bookings.liveOf(facts.teamLogins(me, names), day)) {
            if (!b.login().equals(login) && b.slot().overlaps(slot) && !facts.hidden(b.login())) {
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
                            0, 0, "")).toList();
        }
        return Plan.nearTeam(free, teammates, max).stream().map(d -> {
            Plan.Point nearest = teammates.stream().filter(p -> p.floorId() == d.floorId())
                    .min(Comparator.comparingDouble(p -> d.distanceTo(p.x(), p.y()))).orElseThrow();
            double distance = d.distanceTo(nearest.x(), nearest.y());
            return new Suggestion(d.deskId(), d.label(), d.floorId(), floorNames.get(d.floorId()), d.x(), d.y(),
                    Math.round(distance), Math.max(1, Math.round(distance / quick.pitch(d.floorId()))), who.get(nearest));
        }).toList();
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
        BookingPolicy policy = facts.policy();
        Refusals.refuse(policy.refuseDay(day));
        Set<Long> openFloors = BookingPolicy.closure(day).isPresent() ? places.floorsOpenOn(day) : null;
        Refusals.refuse(policy.refuseClosedDay(day, () -> !openFloors.isEmpty()));
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
                .filter(d -> policy.allows(d, asTeam, day))
                .filter(d -> openFloors == null || openFloors.contains(d.floorId())).toList());
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
                        facts.floorName(seat.get().floorId()), ""));
            } else {
                notSeated.add(new TeamDayResult.Seat(m.login(), m.name(), "", 0, "", "noDesk"));
            }
        }
        audit.record(AuditEvent.of("seating.team-day", "Team", teamCode)
                .withDetail(day + " seated " + seated.size() + ", already " + already.size() + ", not seated " + notSeated.size()));
        return new TeamDayResult(teamDayId, teamCode, day, seated, already, notSeated);
    }
}
