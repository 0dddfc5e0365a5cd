package jp.shokuba.approval.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shokuba.approval.domain.RoutePlanner.PlannedStep;
import jp.shokuba.approval.domain.RoutePlanner.Post;
import jp.shokuba.approval.domain.RoutePlanner.Seat;
import org.junit.jupiter.api.Test;

/** Routes for 田中 (係員, 企画調整課 企画係) climbing to the post the rules name. */
class RoutePlannerTest {

    private static final List<Post> POSTS = List.of(new Post("TEAM_LEADER", "係長", 3), new Post("DEPUTY_HEAD", "課長補佐", 4),
            new Post("DEPARTMENT_HEAD", "課長", 5), new Post("DIVISION_HEAD", "部長", 6),
            new Post("DEPUTY_MAYOR", "副市長", 7), new Post("MAYOR", "市長", 8));
    private static final Map<String, Seat> ABOVE_TANAKA = Map.of(
            "TEAM_LEADER", new Seat("sato", "佐藤 健一", "02101", "企画係"),
            "DEPUTY_HEAD", new Seat("hosa", "補佐 一郎", "0210", "企画調整課"),
            "DEPARTMENT_HEAD", new Seat("takahashi", "高橋 直樹", "0210", "企画調整課"),
            "DIVISION_HEAD", new Seat("ito", "伊藤 誠", "020", "都市政策局"),
            "MAYOR", new Seat("kobayashi", "小林 隆", "000", "特別職"));

    private final RoutePlanner planner = new RoutePlanner(POSTS,
            (unit, post) -> Optional.ofNullable(ABOVE_TANAKA.get(post)),
            unit -> unit.equals("0130") ? Optional.of(new Seat("johoka", "情報 課長", "0130", "情報政策課")) : Optional.empty());

    @Test
    void aSmallPurchaseGoesToTheTeamLeaderAlone() throws Exception {
        RoutePlanner.Plan plan = planner.plan("02101", 1, "TEAM_LEADER", List.of());

        assertThat(plan.steps()).extracting(PlannedStep::login).containsExactly("sato");
        assertThat(plan.shape().steps()).isEqualTo(1);
    }

    @Test
    void aContractForTheDivisionHeadClimbsEveryPostWithAConsultationBeforeTheLastStep() throws Exception {
        RoutePlanner.Plan plan = planner.plan("02101", 1, "DIVISION_HEAD", List.of("0130"));

        assertThat(plan.steps()).extracting(PlannedStep::login).containsExactly("sato", "hosa", "takahashi", "ito", "johoka");
        assertThat(plan.steps().get(4).kind()).isEqualTo(StepKind.CONSULT);
        assertThat(plan.shape()).isEqualTo(new ApprovalProcess.RouteShape(4, List.of("0130"), 3));
    }

    /** The preview lists the route as it runs: the 合議 before the 部長 it precedes, as the document page does. */
    @Test
    void inRouteOrderPutsTheConsultationBeforeTheStepItPrecedes() throws Exception {
        RoutePlanner.Plan plan = planner.plan("02101", 1, "DIVISION_HEAD", List.of("0130"));

        assertThat(plan.inRouteOrder()).extracting(PlannedStep::login).containsExactly("sato", "hosa", "takahashi", "johoka", "ito");
    }

    @Test
    void aPostNobodyHoldsOnTheWayIsSkippedButAVacantFinalPostRefusesTheRoute() throws Exception {
        assertThat(planner.plan("02101", 1, "MAYOR", List.of())).extracting(p -> p.steps().size()).isEqualTo(5);
        assertThatThrownBy(() -> planner.plan("02101", 1, "DEPUTY_MAYOR", List.of()))
                .isInstanceOf(RoutePlanner.RouteException.class).hasMessageContaining("route.vacant");
    }

    @Test
    void aDrafterAboveTheRulesPostIsDecidedByTheirSuperior() throws Exception {
        RoutePlanner.Plan plan = planner.plan("0210", 5, "TEAM_LEADER", List.of());

        assertThat(plan.steps()).extracting(PlannedStep::login).containsExactly("ito");
    }

    @Test
    void aConsultedUnitWithoutAHeadRefusesTheRoute() {
        assertThatThrownBy(() -> planner.plan("02101", 1, "TEAM_LEADER", List.of("9999")))
                .isInstanceOf(RoutePlanner.RouteException.class).hasMessageContaining("route.noHead");
    }
}
