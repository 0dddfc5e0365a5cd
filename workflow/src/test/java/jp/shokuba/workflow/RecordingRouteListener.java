package jp.shokuba.workflow;

import java.util.ArrayList;
import java.util.List;
import jp.shokuba.approval.domain.RouteListener;

/** Stands in for Shokuba in process tests: names predictable assignees and records what the process reported. */
final class RecordingRouteListener implements RouteListener {

    final List<String> events = new ArrayList<>();

    @Override
    public String stepStarted(String taskId, long approvalId, int stepIndex) {
        events.add("step " + stepIndex);
        return "approver" + stepIndex;
    }

    @Override
    public String consultationStarted(String taskId, long approvalId, String unitCode) {
        events.add("consult " + unitCode);
        return "head-" + unitCode;
    }

    @Override
    public String adHocConsultationStarted(String taskId, long approvalId, String consultee) {
        events.add("ask " + consultee);
        return consultee;
    }

    @Override
    public String revisionStarted(String taskId, long approvalId) {
        events.add("sent back");
        return "drafter";
    }

    @Override
    public String postReviewStarted(String taskId, long approvalId) {
        events.add("post-review");
        return "absent-approver";
    }

    @Override
    public void routeCompleted(long approvalId) {
        events.add("completed " + approvalId);
    }

    @Override
    public void remind(long approvalId) {
        events.add("remind " + approvalId);
    }

    @Override
    public void escalate(long approvalId) {
        events.add("escalate " + approvalId);
    }
}
