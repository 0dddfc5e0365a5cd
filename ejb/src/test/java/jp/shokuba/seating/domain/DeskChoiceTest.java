package jp.shokuba.seating.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeskChoiceTest {

    private static final SeatingRules RULES = new SeatingRules(14, LocalTime.of(15, 0), LocalTime.of(10, 0), LocalTime.of(14, 30));
    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
    private static final BookingPolicy MONDAY_MORNING = new BookingPolicy(RULES, TUESDAY.minusDays(1).atTime(8, 30));
    private static final PersonFacts TANAKA = new PersonFacts("tanaka", "02101", "0210", false, false);
    private static final PersonFacts NEEDS_ACCESS = new PersonFacts("suzuki", "02101", "0210", true, false);

    private static DeskChoice.Candidate desk(long id, int x, String zoneTeam, boolean reserved, DeskFeature... features) {
        return new DeskChoice.Candidate(new DeskFacts(id, "D" + id, 1, x, 100, reserved, zoneTeam.isEmpty() ? "" : "Z",
                zoneTeam.isEmpty() ? Set.of() : Set.of(zoneTeam)), zoneTeam.isEmpty() ? null : 9L, Set.of(features));
    }

    private static List<String> labels(List<DeskChoice.Choice> ranked) {
        return ranked.stream().map(c -> c.candidate().desk().label()).toList();
    }

    @Test
    void theTeamsNeighbourhoodComesBeforeACloserDeskOutsideIt() {
        DeskChoice.Candidate asked = desk(1, 100, "", false);
        DeskChoice choice = new DeskChoice(MONDAY_MORNING, TANAKA, TUESDAY, new DeskChoice.Preference(1L, null, false),
                asked.desk(), List.of());

        List<DeskChoice.Choice> ranked = choice.rank(List.of(desk(2, 200, "", false), desk(3, 900, "02101", false),
                desk(4, 300, "02102", false)));

        assertThat(labels(ranked)).containsExactly("D3", "D2");
        assertThat(ranked.get(0).reason().neighbourhood()).isTrue();
        assertThat(ranked.get(1).reason().from()).isEqualTo(DeskChoice.Anchor.DESK);
    }

    @Test
    void theDeskAskedForWinsWhenFree() {
        DeskChoice.Candidate asked = desk(1, 100, "", false);
        DeskChoice choice = new DeskChoice(MONDAY_MORNING, TANAKA, TUESDAY, new DeskChoice.Preference(1L, null, false),
                asked.desk(), List.of());

        assertThat(labels(choice.rank(List.of(desk(3, 900, "02101", false), asked))).get(0)).isEqualTo("D1");
    }

    @Test
    void anAccessibilityNeedOnlyGetsAccessibleDesksAndReservedOnesAreKeptForIt() {
        DeskChoice forNeed = new DeskChoice(MONDAY_MORNING, NEEDS_ACCESS, TUESDAY, DeskChoice.Preference.NONE, null, List.of());
        DeskChoice forOthers = new DeskChoice(MONDAY_MORNING, TANAKA, TUESDAY, DeskChoice.Preference.NONE, null, List.of());
        List<DeskChoice.Candidate> free = List.of(desk(1, 100, "", false), desk(2, 200, "", false, DeskFeature.ACCESSIBLE),
                desk(3, 300, "", true));

        assertThat(labels(forNeed.rank(free))).containsExactly("D2", "D3");
        assertThat(labels(forOthers.rank(free))).containsExactly("D1", "D2");
    }

    @Test
    void withoutADeskAskedForTheNearestToWhereTheTeamSitsComesFirst() {
        DeskChoice choice = new DeskChoice(MONDAY_MORNING, TANAKA, TUESDAY, DeskChoice.Preference.NONE, null,
                List.of(new Plan.Point(1, 800, 100)));

        List<DeskChoice.Choice> ranked = choice.rank(List.of(desk(1, 100, "", false), desk(2, 700, "", false),
                desk(3, 500, "", false)));

        assertThat(labels(ranked)).containsExactly("D2", "D3", "D1");
        assertThat(ranked.get(0).reason().from()).isEqualTo(DeskChoice.Anchor.TEAM);
        assertThat(ranked.get(0).reason().distance()).isEqualTo(100.0);
    }

    @Test
    void onAnotherFloorTheDeskNearestToTheAskedDesksPlaceComesFirstWithoutACountOfDesks() {
        DeskChoice.Candidate asked = desk(1, 100, "", false);
        DeskChoice choice = new DeskChoice(MONDAY_MORNING, TANAKA, TUESDAY, new DeskChoice.Preference(1L, null, false),
                asked.desk(), List.of());

        List<DeskChoice.Choice> ranked = choice.rank(List.of(upstairs(7, 900), upstairs(8, 150)));

        assertThat(labels(ranked)).containsExactly("U8", "U7");
        assertThat(ranked.get(0).reason().from()).isEqualTo(DeskChoice.Anchor.OTHER_FLOOR);
        assertThat(ranked.get(0).reason().from().onFloor()).isFalse();
        assertThat(ranked.get(0).reason().distance()).isEqualTo(50.0);
    }

    private static DeskChoice.Candidate upstairs(long id, int x) {
        return new DeskChoice.Candidate(new DeskFacts(id, "U" + id, 2, x, 100, false, "", Set.of()), null, Set.of());
    }
}
