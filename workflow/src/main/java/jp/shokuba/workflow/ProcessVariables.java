package jp.shokuba.workflow;

/** The names of the approval process's variables, shared by the BPMN expressions and the Java side. */
public final class ProcessVariables {

    public static final String PROCESS_KEY = "approval";
    public static final String DECISION_KEY = "delegation-rules";
    public static final String WITHDRAW_MESSAGE = "withdraw";

    public static final String APPROVAL_ID = "approvalId";
    public static final String STEP_COUNT = "stepCount";
    public static final String STEP_INDEX = "stepIndex";
    public static final String CONSULT_UNITS = "consultUnits";
    public static final String CONSULT_UNIT = "consultUnit";
    public static final String CONSULT_AT = "consultAt";
    public static final String CONSULT_PENDING = "consultPending";
    public static final String REMINDER_DAYS = "reminderDays";
    public static final String DECISION = "decision";
    public static final String BY_DEPUTY = "byDeputy";
    public static final String SEND_BACK_TO = "sendBackTo";
    public static final String SENT_BACK = "sentBack";
    public static final String CONSULTEE = "consultee";

    /** The user tasks, by their BPMN ids. */
    public static final String TASK_APPROVE = "Task_ApproveStep";
    public static final String TASK_CONSULT = "Task_Consult";
    public static final String TASK_AD_HOC_CONSULT = "Task_AdHocConsult";
    public static final String TASK_REVISE = "Task_Revise";
    public static final String TASK_POST_REVIEW = "Task_PostReview";

    private ProcessVariables() {
    }
}
