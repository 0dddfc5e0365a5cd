package jp.shokuba.workflow;

import static jp.shokuba.workflow.ProcessVariables.APPROVAL_ID;
import static jp.shokuba.workflow.ProcessVariables.CONSULTEE;
import static jp.shokuba.workflow.ProcessVariables.CONSULT_UNIT;
import static jp.shokuba.workflow.ProcessVariables.STEP_INDEX;

import java.util.function.Supplier;
import jp.shokuba.approval.domain.RouteListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The adapters between the BPMN and Shokuba: {@code ${routeTasks}} assigns each new user task to the
 * person Shokuba names, the service tasks report completion, reminders and escalation. They hold no rule
 * of their own. They run in the engine's transaction, so an exception in Shokuba rolls the whole step back.
 */
public final class RouteTasks {

    private final Supplier<RouteListener> listener;

    public RouteTasks(Supplier<RouteListener> listener) {
        this.listener = listener;
    }

    /** {@code ${routeTasks}}: a task listener on create. */
    public TaskListener assignment() {
        return task -> task.setAssignee(assigneeFor(task));
    }

    private String assigneeFor(DelegateTask task) {
        long approvalId = approvalId(task.getExecution());
        RouteListener l = listener.get();
        return switch (task.getTaskDefinitionKey()) {
            case ProcessVariables.TASK_APPROVE -> l.stepStarted(task.getId(), approvalId, ((Number) task.getVariable(STEP_INDEX)).intValue());
            case ProcessVariables.TASK_CONSULT -> l.consultationStarted(task.getId(), approvalId, (String) task.getVariable(CONSULT_UNIT));
            case ProcessVariables.TASK_AD_HOC_CONSULT -> l.adHocConsultationStarted(task.getId(), approvalId, (String) task.getVariable(CONSULTEE));
            case ProcessVariables.TASK_REVISE -> l.revisionStarted(task.getId(), approvalId);
            case ProcessVariables.TASK_POST_REVIEW -> l.postReviewStarted(task.getId(), approvalId);
            default -> throw new IllegalStateException("no assignment rule for task " + task.getTaskDefinitionKey());
        };
    }

    /** {@code ${completeRoute}}: the last step approved. */
    public JavaDelegate completion() {
        return execution -> listener.get().routeCompleted(approvalId(execution));
    }

    /** {@code ${remindApprovers}}. */
    public JavaDelegate reminder() {
        return execution -> listener.get().remind(approvalId(execution));
    }

    /** {@code ${escalateTasks}}. */
    public JavaDelegate escalation() {
        return execution -> listener.get().escalate(approvalId(execution));
    }

    private static long approvalId(DelegateExecution execution) {
        return ((Number) execution.getVariable(APPROVAL_ID)).longValue();
    }
}
