package jp.shokuba.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding who holds a post above a member of staff, the way an approval route climbs the organisation. */
class HierarchyTest {

    private final OrganizationUnit special = new OrganizationUnit("000", "特別職", UnitKind.DIVISION, null);
    private final OrganizationUnit bureau = new OrganizationUnit("020", "都市政策局", UnitKind.DIVISION, null);
    private final OrganizationUnit planning = new OrganizationUnit("0210", "企画調整課", UnitKind.DEPARTMENT, bureau);
    private final OrganizationUnit team = new OrganizationUnit("02101", "企画係", UnitKind.TEAM, planning);
    private final OrganizationUnit statistics = new OrganizationUnit("0240", "調査統計室", UnitKind.OFFICE, bureau);
    private final List<Staff> everyone = new ArrayList<>();

    private final Staff tanaka = person("tanaka", team, Position.STAFF_MEMBER);
    private final Staff sato = person("sato", team, Position.TEAM_LEADER);
    private final Staff takahashi = person("takahashi", planning, Position.DEPARTMENT_HEAD);
    private final Staff ito = person("ito", bureau, Position.DIVISION_HEAD);
    private final Staff firstDeputyMayor = person("fukushi1", special, Position.DEPUTY_MAYOR);
    private final Staff mayor = person("kobayashi", special, Position.MAYOR);

    private final Hierarchy hierarchy = new Hierarchy(
            unit -> everyone.stream().filter(s -> s.unit().equals(unit)).toList(),
            post -> everyone.stream().filter(s -> s.position() == post).toList());

    @Test
    void theTeamLeaderOfAStaffMembersTeamHoldsTheFirstPost() {
        assertThat(hierarchy.holderOf(team, Position.TEAM_LEADER)).contains(sato);
    }

    @Test
    void aPostAboveTheTeamIsFoundByClimbingToTheDepartmentAndDivision() {
        assertThat(hierarchy.holderOf(team, Position.DEPARTMENT_HEAD)).contains(takahashi);
        assertThat(hierarchy.holderOf(team, Position.DIVISION_HEAD)).contains(ito);
    }

    @Test
    void theMayorAndDeputyMayorSitOutsideEveryDivision() {
        assertThat(hierarchy.holderOf(team, Position.MAYOR)).contains(mayor);
        assertThat(hierarchy.holderOf(team, Position.DEPUTY_MAYOR)).contains(firstDeputyMayor);
    }

    @Test
    void aPostNobodyHoldsOnTheWayUpIsEmpty() {
        assertThat(hierarchy.holderOf(team, Position.DEPUTY_HEAD)).isEmpty();
    }

    @Test
    void aPersonnelChangeIsSeenAtOnce() {
        takahashi.assign(statistics, Position.DEPARTMENT_HEAD);
        Staff successor = person("kato", planning, Position.DEPARTMENT_HEAD);

        assertThat(hierarchy.holderOf(team, Position.DEPARTMENT_HEAD)).contains(successor);
    }

    @Test
    void theSuperiorIsTheNearestHigherApprovingPost() {
        assertThat(hierarchy.superiorOf(tanaka)).contains(sato);
        assertThat(hierarchy.superiorOf(sato)).contains(takahashi);
        assertThat(hierarchy.superiorOf(ito)).contains(firstDeputyMayor);
        assertThat(hierarchy.superiorOf(mayor)).isEmpty();
    }

    @Test
    void theHeadOfADepartmentIsItsHighestRankedMember() {
        person("hoza", planning, Position.DEPUTY_HEAD);

        assertThat(hierarchy.headOf(planning)).contains(takahashi);
    }

    private Staff person(String login, OrganizationUnit unit, Position post) {
        Staff s = new Staff(String.format("%05d", everyone.size() + 1), login, new PersonName("山田", "太郎", "ヤマダ", "タロウ"),
                login + "@city-hall.example", unit, post);
        everyone.add(s);
        return s;
    }

}
