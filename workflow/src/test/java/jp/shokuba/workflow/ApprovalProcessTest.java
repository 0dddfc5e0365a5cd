package jp.shokuba.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import jp.shokuba.approval.domain.ApprovalProcess.RouteShape;
import jp.shokuba.approval.domain.Decision;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The approval BPMN and the shipped delegation rules on an in-memory engine: each test asserts the path
 * a document takes. Shokuba's side is a recording stand-in that names assignees predictably.
 */
class ApprovalProcessTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static ProcessEngine engine;
    private static RecordingRouteListener shokuba;
    private static String rules;
    private CamundaApprovalProcess process;
    private static long nextId = 1;
    private long approvalId;

    @BeforeAll
    static void buildEngine() {
        shokuba = new RecordingRouteListener();
        StandaloneInMemProcessEngineConfiguration c = new StandaloneInMemProcessEngineConfiguration();
        c.setJdbcUrl("jdbc:h2:mem:approval-process-test;DB_CLOSE_DELAY=-1");
        c.setDatabaseSchemaUpdate("create-drop");
        c.setJobExecutorActivate(false);
        engine = ApprovalEngines.build(c, () -> shokuba, "activity");
        rules = new CamundaApprovalProcess(engine, 3).deployShippedRules().decisionDefinitionId();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @BeforeEach
    void fresh() {
        process = new CamundaApprovalProcess(engine, 3);
        shokuba.events.clear();
        approvalId = nextId++;
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aFiftyThousandYenPurchaseIsDecidedByTheTeamLeader() {
        assertThat(process.finalAuthority(rules, "EXPENDITURE", new BigDecimal(50_000))).isEqualTo("TEAM_LEADER");

        String pid = process.start(approvalId, new RouteShape(1, List.of(), 0));
        approve(pid, "approver0");

        assertThat(path(pid)).containsExactly("Task_ApproveStep", "Service_Finalize", "End_RouteDone", "End_Approved");
        assertThat(shokuba.events).containsExactly("step 0", "completed " + approvalId);
        assertEnded(pid);
    }

    @Test
    void aThreeMillionYenContractGoesToTheDivisionHeadAfterAConsultation() {
        assertThat(process.finalAuthority(rules, "CONTRACT", new BigDecimal(3_000_000))).isEqualTo("DIVISION_HEAD");

        // 係長, 課長, 部長; 情報政策課 and 総務課 are consulted before the 部長 decides
        String pid = process.start(approvalId, new RouteShape(3, List.of("0130", "0110"), 2));
        approve(pid, "approver0");
        approve(pid, "approver1");
        assertThat(openTasks(pid)).extracting(Task::getAssignee).containsExactlyInAnyOrder("head-0130", "head-0110");
        approve(pid, "head-0130");
        approve(pid, "head-0110");
        approve(pid, "approver2");

        assertThat(path(pid)).containsExactly("Task_ApproveStep", "Task_ApproveStep", "Task_Consult", "Task_Consult",
                "Task_ApproveStep", "Service_Finalize", "End_RouteDone", "End_Approved");
        assertEnded(pid);
    }

    @Test
    void aConsultedDepartmentsObjectionSendsTheDocumentBack() {
        String pid = process.start(approvalId, new RouteShape(2, List.of("0130", "0110"), 1));
        approve(pid, "approver0");
        decide(pid, "head-0110", Decision.SEND_BACK, -1);

        assertThat(openTasks(pid)).extracting(Task::getAssignee).containsExactly("drafter");
        assertThat(shokuba.events).endsWith("sent back");
    }

    @Test
    void aDocumentSentBackIsRevisedResubmittedAndApprovedFromTheFirstStep() {
        String pid = process.start(approvalId, new RouteShape(2, List.of(), 0));
        approve(pid, "approver0");
        decide(pid, "approver1", Decision.SEND_BACK, -1);
        assertThat(openTasks(pid)).extracting(Task::getAssignee).containsExactly("drafter");

        process.resubmit(task(pid, "drafter").getId(), new RouteShape(2, List.of(), 0));
        approve(pid, "approver0");
        approve(pid, "approver1");

        assertThat(path(pid)).containsExactly("Task_ApproveStep", "Task_ApproveStep", "Task_Revise",
                "Task_ApproveStep", "Task_ApproveStep", "Service_Finalize", "End_RouteDone", "End_Approved");
        assertThat(shokuba.events).containsExactly("step 0", "step 1", "sent back", "step 0", "step 1", "completed " + approvalId);
    }

    @Test
    void aSendBackToAnEarlierStepAsksThatApproverAgain() {
        String pid = process.start(approvalId, new RouteShape(3, List.of(), 0));
        approve(pid, "approver0");
        approve(pid, "approver1");
        decide(pid, "approver2", Decision.SEND_BACK, 0);

        assertThat(openTasks(pid)).extracting(Task::getAssignee).containsExactly("approver0");
        assertThat(shokuba.events).containsExactly("step 0", "step 1", "step 2", "step 0");
    }

    @Test
    void theDrafterWithdrawsBeforeTheNextDecision() {
        String pid = process.start(approvalId, new RouteShape(3, List.of(), 0));
        approve(pid, "approver0");

        process.withdraw(pid);

        assertThat(path(pid)).containsExactly("Task_ApproveStep", "Task_ApproveStep", "Message_Withdrawn", "End_Withdrawn");
        assertThat(shokuba.events).doesNotContain("completed " + approvalId);
        assertEnded(pid);
    }

    @Test
    void aDeputysDecisionGoesOnAtOnceAndTheApproverConfirmsItAfterwards() {
        String pid = process.start(approvalId, new RouteShape(2, List.of(), 0));
        process.decide(task(pid, "approver0").getId(), Decision.APPROVE, true, -1, null);

        assertThat(openTasks(pid)).extracting(Task::getAssignee).containsExactlyInAnyOrder("absent-approver", "approver1");
        approve(pid, "approver1");
        assertThat(shokuba.events).contains("completed " + approvalId);
        assertThat(openTasks(pid)).extracting(Task::getTaskDefinitionKey).containsExactly("Task_PostReview");

        process.confirm(task(pid, "absent-approver").getId());

        assertThat(path(pid)).containsSubsequence("Task_ApproveStep", "Task_PostReview", "End_PostReviewed")
                .containsSubsequence("Task_ApproveStep", "Task_ApproveStep", "Service_Finalize", "End_Approved");
        assertEnded(pid);
    }

    @Test
    void anApproverMayConsultSomeoneAndDecideAfterwards() {
        String pid = process.start(approvalId, new RouteShape(1, List.of(), 0));
        process.decide(task(pid, "approver0").getId(), Decision.CONSULT, false, -1, "suzuki");
        approve(pid, "suzuki");
        approve(pid, "approver0");

        assertThat(path(pid)).containsExactly("Task_ApproveStep", "Task_AdHocConsult", "Task_ApproveStep",
                "Service_Finalize", "End_RouteDone", "End_Approved");
    }

    @Test
    void theReminderComesAfterThreeWorkingDaysNotCountingShowaDayAndEscalationAfterSix() {
        at(2026, 4, 24, 10, 0); // a Friday; 4/29 (昭和の日) is a Wednesday
        String pid = process.start(approvalId, new RouteShape(1, List.of(), 0));

        assertThat(timers(pid)).extracting(Job::getDuedate)
                .containsExactlyInAnyOrder(date(2026, 4, 30, 10, 0), date(2026, 5, 8, 10, 0));

        at(2026, 4, 30, 9, 59);
        assertThat(dueTimers(pid)).isEmpty();
        at(2026, 4, 30, 10, 1);
        dueTimers(pid).forEach(j -> engine.getManagementService().executeJob(j.getId()));
        assertThat(shokuba.events).containsExactly("step 0", "remind " + approvalId);
        assertThat(openTasks(pid)).extracting(Task::getAssignee).containsExactly("approver0");

        at(2026, 5, 8, 10, 1);
        dueTimers(pid).forEach(j -> engine.getManagementService().executeJob(j.getId()));
        assertThat(shokuba.events).endsWith("escalate " + approvalId);
        assertThat(path(pid)).contains("Service_Remind", "End_Reminded", "Service_Escalate", "End_Escalated");
    }

    private void approve(String pid, String assignee) {
        decide(pid, assignee, Decision.APPROVE, -1);
    }

    private void decide(String pid, String assignee, Decision decision, int sendBackTo) {
        process.decide(task(pid, assignee).getId(), decision, false, sendBackTo, null);
    }

    private static Task task(String pid, String assignee) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pid).taskAssignee(assignee).singleResult();
    }

    private static List<Task> openTasks(String pid) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pid).list();
    }

    private static List<Job> timers(String pid) {
        return engine.getManagementService().createJobQuery().processInstanceId(pid).timers().list();
    }

    private static List<Job> dueTimers(String pid) {
        return engine.getManagementService().createJobQuery().processInstanceId(pid).executable().list();
    }

    /** The tasks, service tasks, events and end events the instance passed, in order (gateways left out). */
    private static List<String> path(String pid) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pid)
                .orderPartiallyByOccurrence().asc().list().stream()
                .filter(a -> a.getActivityType().endsWith("Task") || a.getActivityType().endsWith("EndEvent")
                        || a.getActivityType().equals("boundaryMessage"))
                .filter(a -> !a.getActivityType().equals("multiInstanceBody"))
                .map(HistoricActivityInstance::getActivityId).toList();
    }

    private static void assertEnded(String pid) {
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pid).count()).isZero();
    }

    private static void at(int y, int m, int d, int h, int min) {
        ClockUtil.setCurrentTime(date(y, m, d, h, min));
    }

    private static Date date(int y, int m, int d, int h, int min) {
        return Date.from(LocalDateTime.of(y, m, d, h, min).atZone(TOKYO).toInstant());
    }
}
