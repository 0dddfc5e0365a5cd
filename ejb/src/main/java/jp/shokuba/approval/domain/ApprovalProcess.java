package jp.shokuba.approval.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The port to the process engine that runs approval routes (the {@code workflow} module implements it).
 * Every call joins the caller's transaction: a refused decision rolls the engine back too.
 */
public interface ApprovalProcess {

    /** What the process needs to know of a route: the number of sequential steps and the consultations. */
    record RouteShape(int steps, List<String> consultUnits, int consultBeforeStep) {
    }

    /** The rank-holding post (a {@code Position} name) the rules give the final authority to. */
    String finalAuthority(String decisionDefinitionId, String documentType, BigDecimal amount);

    /** The delegation rules shipped with Shokuba (the first version), deployed; with the engine's id for them. */
    ShippedRules deployShippedRules();

    record ShippedRules(List<RuleLine> lines, String decisionDefinitionId) {
    }

    /** Deploys a new version of the delegation rules as a decision table; returns the engine's id for it. */
    String deployRules(int version, List<RuleLine> lines);

    /** Starts the route of a submitted document; returns the process instance id. */
    String start(long approvalId, RouteShape route);

    /** Completes a task with the decision; {@code sendBackTo} is a step index or -1 for the drafter. */
    void decide(String taskId, Decision decision, boolean byDeputy, int sendBackTo, String consultee);

    /** The drafter resubmits a document that was sent back, with its new route. */
    void resubmit(String taskId, RouteShape route);

    /** Confirms a decision a deputy made (後閲). */
    void confirm(String taskId);

    /** The drafter takes the document back (引戻し): the route ends at once. */
    void withdraw(String processInstanceId);
}
