package jp.shokuba.approval.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.shokuba.approval.application.ApprovalInbox;
import jp.shokuba.approval.application.TaskSummary;
import jp.shokuba.platform.web.CurrentUser;
import jp.shokuba.platform.web.Messages;
import jp.shokuba.workflow.ProcessOperations;

/** For administrators: documents stuck on one step, the engine's incidents, and retrying failed jobs. */
@Named
@ViewScoped
public class ProcessesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProcessOperations operations;

    @Inject
    transient ApprovalInbox inbox;

    @Inject
    transient CurrentUser user;

    @Inject
    transient Messages messages;

    private int minWaitingDays = 5;
    private List<ProcessOperations.IncidentSummary> incidents;
    private List<TaskSummary> stuck;
    private long running;
    private long failedJobs;

    @PostConstruct
    void init() {
        reload();
    }

    public void reload() {
        incidents = operations.incidents();
        stuck = inbox.waitingLongest(minWaitingDays);
        running = operations.runningRoutes();
        failedJobs = operations.failedJobs();
    }

    public void retry(String jobId) {
        operations.retry(user.login(), jobId);
        messages.info("approval.admin.retried");
        reload();
    }

    public int getMinWaitingDays() {
        return minWaitingDays;
    }

    public void setMinWaitingDays(int minWaitingDays) {
        this.minWaitingDays = minWaitingDays;
    }

    public List<ProcessOperations.IncidentSummary> getIncidents() {
        return incidents;
    }

    public List<TaskSummary> getStuck() {
        return stuck;
    }

    public long getRunning() {
        return running;
    }

    public long getFailedJobs() {
        return failedJobs;
    }
}
