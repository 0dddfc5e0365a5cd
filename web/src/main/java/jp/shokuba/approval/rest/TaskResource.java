package jp.shokuba.approval.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import jp.shokuba.approval.application.ApprovalInbox;
import jp.shokuba.approval.application.ApprovalService;
import jp.shokuba.approval.application.InboxFilter;
import jp.shokuba.approval.application.TaskSummary;
import jp.shokuba.approval.domain.Decision;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.ConflictRetry;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The inbox (決裁箱) over the API: my open tasks, and decisions on them. */
@Path("/tasks")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("STAFF")
public class TaskResource {

    @Inject
    ApprovalService approvals;

    @Inject
    ApprovalInbox inbox;

    @Context
    SecurityContext security;

    /**
     * A decision: APPROVE, SEND_BACK or CONSULT, with a comment. {@code sendBackTo} is the index of an earlier
     * step (omitted: back to the drafter); {@code consultee} the login to consult.
     */
    public record DecisionRequest(String decision, String comment, Integer sendBackTo, String consultee) {
    }

    public record Decided(String taskId, long approvalId, String state, String documentNumber) {
    }

    public record Count(long open) {
    }

    @GET
    @Operation(summary = "My open tasks",
            description = "Including those of people I stand in for today (代決) and those escalated to me. "
                    + "Filters: type, drafter, department, minWaitingDays (working days); max (1-500) oldest first.")
    public List<TaskSummary> inbox(@QueryParam("type") String type, @QueryParam("drafter") String drafter,
                                   @QueryParam("department") String department,
                                   @QueryParam("minWaitingDays") Integer minWaitingDays,
                                   @QueryParam("max") @jakarta.ws.rs.DefaultValue("500") int max) {
        return inbox.tasks(me(), new InboxFilter(type, drafter, department, minWaitingDays), max);
    }

    @GET
    @Path("/count")
    @Operation(summary = "How many tasks wait for me (the menu's badge)")
    public Count count() {
        return new Count(inbox.count(me()));
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide a task: APPROVE, SEND_BACK or CONSULT, with a comment")
    public Decided decide(@PathParam("id") String taskId, DecisionRequest request) throws BusinessException {
        Decision decision;
        try {
            decision = Decision.valueOf(request == null || request.decision() == null ? "" : request.decision());
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("input.invalid", "decision は APPROVE, SEND_BACK, CONSULT のいずれかです");
        }
        ApprovalService.DecisionOutcome outcome = ConflictRetry.run(() ->
                approvals.decide(me(), taskId, decision, request.comment(), request.sendBackTo(), request.consultee()));
        return new Decided(taskId, outcome.approvalId(), outcome.state(), outcome.documentNumber());
    }

    private String me() {
        return security.getUserPrincipal().getName();
    }
}
