package jp.shokuba.approval.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.shokuba.approval.domain.Approval;
import jp.shokuba.approval.domain.ApprovalRepository;
import jp.shokuba.approval.domain.ApprovalTask;
import jp.shokuba.approval.domain.Decision;
import jp.shokuba.approval.domain.DocumentNumber;
import jp.shokuba.approval.domain.RouteListener;
import jp.shokuba.approval.domain.Step;
import jp.shokuba.approval.domain.StepKind;
import jp.shokuba.approval.domain.TaskKind;
import jp.shokuba.approval.application.ApprovalNotice.Kind;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.directory.application.StaffSummary;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Shokuba's side of the running process: assigns each new task to the person who holds the seat now,
 * mirrors it into the inbox table, numbers the document at the final approval, and queues the mail.
 * Runs inside the engine's (and so the caller's) transaction.
 */
@Stateless
public class RouteEvents implements RouteListener {

    @Inject
    ApprovalRepository approvals;

    @Inject
    DirectoryService directory;

    @Inject
    Event<ApprovalNotice> notices;

    @Inject
    Event<ApprovalCompleted> completed;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "shokuba.approval.city-prefix", defaultValue = "金")
    String cityPrefix;

    @Override
    public String stepStarted(String taskId, long approvalId, int stepIndex) {
        Approval a = approval(approvalId);
        List<Step> sequential = approvals.steps(approvalId, a.round()).stream().filter(s -> s.kind() == StepKind.APPROVE).toList();
        Step step = sequential.get(stepIndex);
        StaffSummary holder = directory.postHolder(step.unitCode(), step.positionCode())
                .or(() -> step.approverLogin().flatMap(directory::findStaff))
                .orElseThrow(() -> new IllegalStateException("nobody holds " + step.positionCode() + " for " + step.unitCode()));
        return open(taskId, a, step, TaskKind.APPROVE, holder);
    }

    @Override
    public String consultationStarted(String taskId, long approvalId, String unitCode) {
        Approval a = approval(approvalId);
        Step step = approvals.steps(approvalId, a.round()).stream()
                .filter(s -> s.kind() == StepKind.CONSULT && s.unitCode().equals(unitCode) && s.positionCode().isEmpty())
                .findFirst().orElseThrow(() -> new IllegalStateException("no consultation of " + unitCode));
        StaffSummary head = directory.headOf(unitCode)
                .orElseThrow(() -> new IllegalStateException("no head of " + unitCode));
        return open(taskId, a, step, TaskKind.CONSULT, head);
    }

    @Override
    public String adHocConsultationStarted(String taskId, long approvalId, String consultee) {
        Approval a = approval(approvalId);
        StaffSummary person = directory.findStaff(consultee)
                .orElseThrow(() -> new IllegalStateException("unknown consultee " + consultee));
        int seq = approvals.steps(approvalId, a.round()).stream()
                .filter(s -> s.kind() == StepKind.APPROVE && s.decision().filter(d -> d == Decision.CONSULT).isPresent())
                .max(Comparator.comparing(s -> s.decidedAt().orElseThrow())).map(Step::seq).orElse(0);
        Step step = approvals.addStep(new Step(a, a.round(), seq, StepKind.CONSULT, person.departmentCode(),
                person.department(), person.positionCode(), person.login(), person.name()));
        return open(taskId, a, step, TaskKind.CONSULT, person);
    }

    @Override
    public String revisionStarted(String taskId, long approvalId) {
        Approval a = approval(approvalId);
        a.sentBack();
        approvals.addTask(new ApprovalTask(taskId, a, null, TaskKind.REVISE, a.drafterLogin(), clock.instant()));
        String reason = approvals.steps(a.id(), a.round()).stream()
                .filter(s -> s.decision().filter(d -> d == Decision.SEND_BACK).isPresent())
                .max(Comparator.comparing(s -> s.decidedAt().orElseThrow()))
                .map(s -> s.actedByName().orElse("") + "「" + s.comment().orElse("") + "」").orElse("");
        notices.fire(new ApprovalNotice(Kind.SENT_BACK, a.drafterLogin(), a.id(), a.title(), reason));
        return a.drafterLogin();
    }

    @Override
    public String postReviewStarted(String taskId, long approvalId) {
        Approval a = approval(approvalId);
        List<String> reviewed = approvals.openTasks(approvalId).stream().filter(t -> t.kind() == TaskKind.POST_REVIEW)
                .flatMap(t -> t.step().stream()).map(s -> String.valueOf(s.id())).toList();
        Step step = approvals.steps(approvalId, a.round()).stream()
                .filter(s -> s.proxy() && s.postReviewedAt().isEmpty() && !reviewed.contains(String.valueOf(s.id())))
                .max(Comparator.comparing(s -> s.decidedAt().orElseThrow()))
                .orElseThrow(() -> new IllegalStateException("no decision by a deputy to confirm on " + approvalId));
        String approver = step.approverLogin().orElseThrow();
        approvals.addTask(new ApprovalTask(taskId, a, step, TaskKind.POST_REVIEW, approver, clock.instant()));
        notices.fire(new ApprovalNotice(Kind.POST_REVIEW, approver, a.id(), a.title(), step.actedByName().orElse("")));
        return approver;
    }

    @Override
    public void routeCompleted(long approvalId) {
        Approval a = approval(approvalId);
        int serial = approvals.nextSerial(a.departmentCode(), a.fiscalYear());
        // submission requires an abbreviation; a document submitted before that rule falls back on the department's
        // code, which no abbreviation can equal (abbreviations have no digits), so numbers never collide
        String abbreviation = approvals.abbreviation(a.departmentCode()).orElse(a.departmentCode());
        a.approve(new DocumentNumber(cityPrefix, abbreviation, serial), clock.instant(), LocalDate.now(clock));
        notices.fire(new ApprovalNotice(Kind.COMPLETED, a.drafterLogin(), a.id(), a.title(), a.documentNumber().orElseThrow()));
        for (String login : approvals.circulation(approvalId)) {
            notices.fire(new ApprovalNotice(Kind.CIRCULATION, login, a.id(), a.title(), a.documentNumber().orElseThrow()));
        }
        completed.fire(new ApprovalCompleted(approvalId));
    }

    @Override
    public void remind(long approvalId) {
        Approval a = approval(approvalId);
        for (ApprovalTask t : approvals.openTasks(approvalId)) {
            if (t.kind() == TaskKind.APPROVE || t.kind() == TaskKind.CONSULT) {
                t.reminded(clock.instant());
                notices.fire(new ApprovalNotice(Kind.REMINDER, t.assignee(), a.id(), a.title(), ""));
            }
        }
    }

    @Override
    public void escalate(long approvalId) {
        Approval a = approval(approvalId);
        for (ApprovalTask t : approvals.openTasks(approvalId)) {
            if (t.kind() == TaskKind.APPROVE) {
                Optional<StaffSummary> superior = directory.superiorOf(t.assignee());
                superior.ifPresent(s -> {
                    t.escalateTo(s.login());
                    notices.fire(new ApprovalNotice(Kind.ESCALATED, s.login(), a.id(), a.title(), t.assignee()));
                });
            }
        }
    }

    private String open(String taskId, Approval a, Step step, TaskKind kind, StaffSummary person) {
        step.start(person.login(), person.name(), clock.instant());
        approvals.addTask(new ApprovalTask(taskId, a, step, kind, person.login(), clock.instant()));
        notices.fire(new ApprovalNotice(Kind.NEW_TASK, person.login(), a.id(), a.title(), ""));
        LocalDate today = LocalDate.now(clock);
        if (directory.isAbsent(person.login(), today)) {
            directory.deputyOf(person.login(), today).ifPresent(d ->
                    notices.fire(new ApprovalNotice(Kind.DEPUTY_TASK, d.login(), a.id(), a.title(), person.name())));
        }
        return person.login();
    }

    private Approval approval(long id) {
        return approvals.byId(id).orElseThrow(() -> new IllegalStateException("no approval " + id));
    }
}
