package jp.shokuba.seating.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Book me a desk" (おまかせ予約): which free desk suits a person best. The rules come first (a desk the policy
 * refuses is never chosen, and a person with an accessibility need only gets an accessible desk); then the desk
 * asked for, the zone asked for, the person's own team neighbourhood, and the distance on the plan to the desk
 * asked for, or else to the nearest teammate sitting on that floor that day.
 */
public final class DeskChoice {

    /** What the person asked for; every member may be absent. */
    public record Preference(Long deskId, Long zoneId, boolean nearTeam) {

        public static final Preference NONE = new Preference(null, null, false);
    }

    /** A free desk with what the choice and its reason need beyond the rules' facts. */
    public record Candidate(DeskFacts desk, Long zoneId, Set<DeskFeature> features) {

        public Candidate {
            features = Set.copyOf(features);
        }

        boolean accessible() {
            return desk.accessibleReserved() || features.contains(DeskFeature.ACCESSIBLE);
        }
    }

    /** Why a desk was chosen: the facts a reason is written from ("窓側・チームから 3 席"). */
    public record Reason(boolean asked, boolean inZone, boolean neighbourhood, boolean accessible, Set<DeskFeature> features,
                         Anchor from, double distance) {
    }

    /** What the distance in a reason is measured from. */
    /** What the distance is measured from; OTHER_FLOOR: the asked desk's place, on a floor other than its own. */
    public enum Anchor {
        NONE, DESK, TEAM, OTHER_FLOOR;

        /** Whether the distance is a walk on one floor, worth saying in desks. */
        public boolean onFloor() {
            return this == DESK || this == TEAM;
        }
    }

    /** A chosen desk and why. */
    public record Choice(Candidate candidate, Reason reason) {
    }

    private final BookingPolicy policy;
    private final PersonFacts person;
    private final LocalDate day;
    private final Preference preference;
    private final DeskFacts asked;
    private final List<Plan.Point> team;

    /**
     * @param asked the preferred desk's facts (taken or not), when a desk was preferred
     * @param team  where the person's teammates sit for an overlapping slot that day
     */
    public DeskChoice(BookingPolicy policy, PersonFacts person, LocalDate day, Preference preference, DeskFacts asked,
                      Collection<Plan.Point> team) {
        this.policy = policy;
        this.person = person;
        this.day = day;
        this.preference = preference;
        this.asked = asked;
        this.team = List.copyOf(team);
    }

    /** The candidates the rules allow for this person, best first, each with its reason. */
    public List<Choice> rank(Collection<Candidate> free) {
        return free.stream().filter(this::allowed)
                .map(c -> new Choice(c, reason(c)))
                .sorted(Comparator.comparing((Choice c) -> !c.reason().asked())
                        .thenComparing(c -> !c.reason().inZone())
                        .thenComparing(c -> !c.reason().neighbourhood())
                        .thenComparingDouble(c -> c.reason().distance())
                        .thenComparing(c -> c.candidate().desk().label()))
                .toList();
    }

    /** The rules' refusal of the desk, and the accessibility need: honoured always, never traded for distance. */
    public boolean allowed(Candidate c) {
        return policy.allows(c.desk(), person, day) && (!person.accessibilityNeed() || c.accessible());
    }

    private Reason reason(Candidate c) {
        DeskFacts d = c.desk();
        boolean isAsked = asked != null && asked.deskId() == d.deskId();
        boolean inZone = preference.zoneId() != null && preference.zoneId().equals(c.zoneId());
        boolean own = d.zoneTeams().contains(person.teamCode()) || d.zoneTeams().contains(person.departmentCode());
        Anchor from = Anchor.NONE;
        double distance = Double.MAX_VALUE;
        Optional<Double> toTeam = team.stream().filter(p -> p.floorId() == d.floorId())
                .map(p -> d.distanceTo(p.x(), p.y())).min(Double::compare);
        boolean askedHere = asked != null && asked.floorId() == d.floorId();
        if (askedHere && !(preference.nearTeam() && toTeam.isPresent())) {
            from = Anchor.DESK;
            distance = d.distanceTo(asked.x(), asked.y());
        } else if (toTeam.isPresent()) {
            from = Anchor.TEAM;
            distance = toTeam.get();
        } else if (asked != null) {
            from = Anchor.OTHER_FLOOR;
            distance = d.distanceTo(asked.x(), asked.y());
        }
        return new Reason(isAsked, inZone, own, person.accessibilityNeed() && c.accessible(), c.features(), from,
                isAsked ? 0 : distance);
    }
}
