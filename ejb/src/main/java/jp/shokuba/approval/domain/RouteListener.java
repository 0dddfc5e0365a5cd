package jp.shokuba.approval.domain;

/**
 * What the running process tells Shokuba, inside the engine's transaction. Each {@code …Started} method is
 * called when the engine creates a user task and answers whom it is assigned to; the person is found at that
 * moment, by post, so that a personnel change between submission and the step never strands a document.
 */
public interface RouteListener {

    /** A sequential step (稟議) starts: the holder of its post decides. */
    String stepStarted(String taskId, long approvalId, int stepIndex);

    /** A consultation (合議) with a department the drafter named starts: its head agrees or objects. */
    String consultationStarted(String taskId, long approvalId, String unitCode);

    /** An approver asked someone to consult before deciding. */
    String adHocConsultationStarted(String taskId, long approvalId, String consultee);

    /** The document was sent back (差戻し) to the drafter. */
    String revisionStarted(String taskId, long approvalId);

    /** A deputy decided for an absent approver (代決); the approver confirms later (後閲). */
    String postReviewStarted(String taskId, long approvalId);

    /** The last step approved: the document is numbered and becomes the record. */
    void routeCompleted(long approvalId);

    /** Open steps have waited the reminder's number of working days. */
    void remind(long approvalId);

    /** Open steps have waited twice that: the approver's superior is asked to step in. */
    void escalate(long approvalId);
}
