package jp.shokuba.seating.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BookingPolicyTest {

    private static final SeatingRules RULES = new SeatingRules(14, LocalTime.of(15, 0), LocalTime.of(10, 0), LocalTime.of(14, 30));
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final PersonFacts TANAKA = new PersonFacts("tanaka", "02101", "0210", false, false);
    private static final DeskFacts PLAIN = new DeskFacts(1, "2F-001", 1, 100, 100, false, "", Set.of());
    private static final DeskFacts KIKAKU_ZONE = new DeskFacts(2, "2F-002", 1, 200, 100, false, "調整係", Set.of("02102"));
    private static final DeskFacts RESERVED = new DeskFacts(3, "2F-003", 1, 300, 100, true, "", Set.of());

    @Test
    void aDeskCanBeBookedFromTodayUpToFourteenDaysAhead() {
        BookingPolicy policy = new BookingPolicy(RULES, MONDAY.atTime(8, 30));

        assertThat(policy.refuseDay(MONDAY)).isEmpty();
        assertThat(policy.refuseDay(MONDAY.plusDays(14))).isEmpty();
        assertThat(policy.refuseDay(MONDAY.plusDays(15))).hasValueSatisfying(r -> assertThat(r.key()).isEqualTo("seating.beyondHorizon"));
        assertThat(policy.refuseDay(MONDAY.minusDays(1))).hasValueSatisfying(r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.INVALID));
    }

    @Test
    void anotherTeamsNeighbourhoodOpensAtThreeOnTheAfternoonBefore() {
        LocalDate tuesday = MONDAY.plusDays(1);

        assertThat(new BookingPolicy(RULES, MONDAY.atTime(14, 59)).refuseDesk(KIKAKU_ZONE, TANAKA, tuesday))
                .hasValueSatisfying(r -> assertThat(r.key()).isEqualTo("seating.neighbourhood"));
        assertThat(new BookingPolicy(RULES, MONDAY.atTime(15, 0)).refuseDesk(KIKAKU_ZONE, TANAKA, tuesday)).isEmpty();
        assertThat(new BookingPolicy(RULES, MONDAY.atTime(9, 0)).refuseDesk(KIKAKU_ZONE,
                new PersonFacts("suzuki", "02102", "0210", false, false), tuesday)).isEmpty();
    }

    @Test
    void aNeighbourhoodOfTheWholeDepartmentIsOpenToEachOfItsTeams() {
        DeskFacts departmentZone = new DeskFacts(4, "3F-001", 2, 0, 0, false, "企画調整課", Set.of("0210"));

        assertThat(new BookingPolicy(RULES, MONDAY.atTime(9, 0)).refuseDesk(departmentZone, TANAKA, MONDAY.plusDays(3))).isEmpty();
    }

    @Test
    void aReservedAccessibleDeskIsOnlyForSomeoneWithANeedAndAbsentPeopleBookNothing() {
        BookingPolicy policy = new BookingPolicy(RULES, MONDAY.atTime(9, 0));

        assertThat(policy.refuseDesk(RESERVED, TANAKA, MONDAY)).hasValueSatisfying(r -> assertThat(r.alternativesHelp()).isTrue());
        assertThat(policy.refuseDesk(RESERVED, new PersonFacts("x", "02101", "0210", true, false), MONDAY)).isEmpty();
        assertThat(policy.refuseDesk(PLAIN, TANAKA, MONDAY)).isEmpty();
        assertThat(policy.refusePerson(new PersonFacts("x", "02101", "0210", false, true), MONDAY))
                .hasValueSatisfying(r -> assertThat(r.key()).isEqualTo("seating.absent"));
    }
}
