package jp.shokuba.seating.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one desk booking decides on, read in one statement: who the person is to the rules, whether they
 * already have a desk then, the desk they asked for and whether its floor is closed, where their teammates sit,
 * and the free desks of the floors they may book on (best first by the database's own ranking).
 *
 * @param known      whether the login is one of the staff
 * @param mine       the person's live booking overlapping the slot, as "label slot", when there is one
 * @param locker     "2F L-012" where the person's PC waits, or empty
 * @param asked      the desk asked for (strict or preferred), when it exists and is in use
 * @param askedBlock the reason the asked desk's floor is closed that day, when it is
 * @param floors     the floors the person may book on for this request (their shared locks are held)
 * @param places     floor id → names of the floors the candidates and the asked desk are on
 */
public record BookingContext(boolean known, PersonFacts person, Optional<String> mine, String locker,
                             Optional<DeskChoice.Candidate> asked, Optional<String[]> askedBlock, List<Plan.Point> team,
                             List<DeskChoice.Candidate> candidates, Set<Long> floors,
                             Map<Long, FloorName> places) {

    /** A floor's name and its building's. */
    public record FloorName(String floor, String building) {
    }
}
