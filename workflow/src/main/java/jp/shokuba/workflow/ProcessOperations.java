package jp.shokuba.workflow;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEvent;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * What an administrator sees of the engine: incidents (a reminder or escalation job that failed every retry)
 * and retrying them, and the number of running routes. Retrying is audited.
 */
@Stateless
public class ProcessOperations {

    @Inject
    ApprovalEngine engine;

    @Inject
    AuditTrail audit;

    /** One incident, with the document it concerns. */
    public record IncidentSummary(String id, String approvalId, String activityId, String type, String message,
                                  Instant at, String jobId) {
    }

    public List<IncidentSummary> incidents() {
        return engine.engine().getRuntimeService().createIncidentQuery().orderByIncidentTimestamp().desc()
                .listPage(0, 200).stream().map(this::summary).toList();
    }

    public long runningRoutes() {
        return engine.engine().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ProcessVariables.PROCESS_KEY).active().count();
    }

    public long failedJobs() {
        return engine.engine().getManagementService().createJobQuery().withException().noRetriesLeft().count();
    }

    /** Gives the failed job one more try; the job executor picks it up at once. */
    public void retry(String login, String jobId) {
        ManagementService management = engine.engine().getManagementService();
        management.setJobRetries(jobId, 1);
        management.setJobDuedate(jobId, null);
        audit.recordAs(login, AuditEvent.of("approval.job-retried", "ProcessJob", jobId));
    }

    private IncidentSummary summary(Incident i) {
        ProcessInstance instance = engine.engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(i.getProcessInstanceId()).singleResult();
        return new IncidentSummary(i.getId(), instance == null ? "" : instance.getBusinessKey(), i.getActivityId(),
                i.getIncidentType(), i.getIncidentMessage(), i.getIncidentTimestamp().toInstant(), i.getConfiguration());
    }
}
