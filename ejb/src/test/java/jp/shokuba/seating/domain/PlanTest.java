package jp.shokuba.seating.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanTest {

    /** A 5 × 4 grid of desks 100 apart on floor 1, and a far corner of 3 desks on floor 2. */
    private static List<DeskFacts> desks() {
        List<DeskFacts> desks = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 5; c++) {
                desks.add(new DeskFacts(r * 5 + c + 1, "" + (char) ('A' + r) + (c + 1), 1, c * 100, r * 100, false, "", Set.of()));
            }
        }
        for (int i = 0; i < 3; i++) {
            desks.add(new DeskFacts(100 + i, "X" + i, 2, i * 400, 0, false, "", Set.of()));
        }
        return desks;
    }

    @Test
    void theNearestDesksComeClosestFirst() {
        assertThat(Plan.nearest(desks(), 210, 0, 3)).extracting(DeskFacts::label).containsExactly("A3", "A4", "B3");
    }

    @Test
    void nearTeamRanksDesksByTheClosestTeammateOnTheSameFloorOnly() {
        List<DeskFacts> free = desks().stream().filter(d -> !d.label().equals("B2")).toList();

        List<DeskFacts> near = Plan.nearTeam(free, List.of(new Plan.Point(1, 100, 100)), 4);

        assertThat(near).extracting(DeskFacts::label).containsExactly("A2", "B1", "B3", "C2");
    }

    @Test
    void aClusterForFourIsASquareOfNeighboursNotAScatteredRow() {
        List<DeskFacts> cluster = Plan.cluster(desks(), List.of(), 4);

        assertThat(cluster).hasSize(4).allSatisfy(d -> assertThat(d.floorId()).isEqualTo(1));
        for (DeskFacts a : cluster) {
            for (DeskFacts b : cluster) {
                assertThat(a.distanceTo(b.x(), b.y())).isLessThanOrEqualTo(Math.hypot(200, 100));
            }
        }
    }

    @Test
    void aClusterGrowsBesideTeammatesWhoAlreadySit() {
        List<DeskFacts> cluster = Plan.cluster(desks(), List.of(new Plan.Point(1, 400, 300)), 2);

        assertThat(cluster).extracting(DeskFacts::label).containsExactlyInAnyOrder("D5", "C5");
    }

    @Test
    void noClusterWhenNoFloorHasEnoughFreeDesks() {
        assertThat(Plan.cluster(desks().subList(20, 23), List.of(), 4)).isEmpty();
    }
}
