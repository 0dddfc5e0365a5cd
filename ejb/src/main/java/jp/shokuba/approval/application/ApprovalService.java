package jp.shokuba.approval.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.shokuba.approval.domain.Approval;
import jp.shokuba.approval.domain.ApprovalProcess;
import jp.shokuba.approval.domain.ApprovalRepository;
import jp.shokuba.approval.domain.ApprovalState;
import jp.shokuba.approval.domain.ApprovalTask;
import jp.shokuba.approval.domain.Attachment;
import jp.shokuba.approval.domain.Decision;
import jp.shokuba.approval.domain.DocumentType;
import jp.shokuba.approval.domain.FiscalYear;
import jp.shokuba.approval.domain.RoutePlanner;
import jp.shokuba.approval.domain.RulesRepository;
import jp.shokuba.approval.domain.Step;
import jp.shokuba.approval.domain.StepKind;
import jp.shokuba.approval.domain.TaskKind;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEvent;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.directory.application.PostSummary;
import jp.shokuba.directory.application.StaffSummary;
import jp.shokuba.platform.BusinessException;

/**
 * The e-approval service, one transaction per call: drafting, submission along the route the rules give,
 * decisions, withdrawal and the record (the approvers' task lists are {@link ApprovalInbox}'s). Authorization is per object: nobody sees a document they
 * have no part in (the drafter, a person on its route, a deputy acting for one, circulation; records staff
 * once it is approved). Every action goes to the audit trail, last in the method; callers pass the acting
 * login explicitly.
 */
@Stateless
@DeclareRoles({"RECORDS", "RECORDS_PII", "ADMIN"})
public class ApprovalService {

    public static final String OBJECT = "Approval";
    static final int LIST_MAX = 500;

    @Inject
    ApprovalRepository approvals;

    @Inject
    RulesRepository rules;

    @Inject
    ApprovalProcess process;

    @Inject
    DirectoryService directory;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public List<TypeSummary> types() {
        return approvals.types().stream().map(TypeSummary::of).toList();
    }

    public long create(String login, Approval.Content content) throws BusinessException {
        return create(login, content, List.of());
    }

    /**
     * A draft and whom it circulates to, in one transaction: a circulation naming somebody unknown leaves no
     * draft behind (everyone named is looked up before anything is written).
     */
    public long create(String login, Approval.Content content, Collection<String> circulation) throws BusinessException {
        for (String p : circulation) {
            directory.staff(p);
        }
        StaffSummary drafter = directory.staff(login);
        DocumentType type = type(content.documentType());
        Approval a;
        try {
            a = approvals.add(new Approval(content, type, login, drafter.name(), drafter.departmentCode(),
                    drafter.department(), clock.instant(), LocalDate.now(clock)));
        } catch (Approval.ContentRefused e) {
            throw BusinessException.invalid(e.key(), e.arguments());
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("input.invalid", e.getMessage());
        }
        audit.recordAs(login, AuditEvent.of("approval.drafted", OBJECT, a.id()).withDetail(type.name() + "「" + a.title() + "」"));
        if (!circulation.isEmpty()) {
            circulateTo(login, a.id(), circulation);
        }
        return a.id();
    }

    public void revise(String login, long id, Approval.Content content) throws BusinessException {
        Approval a = asDrafter(login, id);
        try {
            a.revise(content, type(content.documentType()));
        } catch (Approval.ContentRefused e) {
            throw BusinessException.invalid(e.key(), e.arguments());
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("input.invalid", e.getMessage());
        } catch (IllegalStateException e) {
            throw BusinessException.conflict("approval.notEditable");
        }
        audit.recordAs(login, AuditEvent.of("approval.revised", OBJECT, id).withDetail("「" + a.title() + "」"));
    }

    public long attach(String login, long id, String fileName, String contentType, byte[] content) throws BusinessException {
        Approval a = asDrafter(login, id);
        if (!a.state().editable()) {
            throw BusinessException.conflict("approval.notEditable");
        }
        Attachment saved;
        try {
            saved = approvals.addAttachment(new Attachment(id, fileName, contentType, content, login, clock.instant()));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("input.invalid", e.getMessage());
        }
        audit.recordAs(login, AuditEvent.of("approval.attached", OBJECT, id).withDetail(fileName + " sha256=" + saved.sha256()));
        return saved.id();
    }

    /** Deletes a draft that was never submitted; the audit trail keeps that it existed and what it was called. */
    public void deleteDraft(String login, long id) throws BusinessException {
        Approval a = asDrafter(login, id);
        if (!a.deletable()) {
            throw BusinessException.conflict("approval.notDeletable");
        }
        String title = a.title();
        approvals.remove(a);
        audit.recordAs(login, AuditEvent.of("approval.deleted", OBJECT, id).withDetail("「" + title + "」"));
    }

    public void removeAttachment(String login, long id, long attachmentId) throws BusinessException {
        Approval a = asDrafter(login, id);
        if (!a.state().editable()) {
            throw BusinessException.conflict("approval.notEditable");
        }
        approvals.removeAttachment(id, attachmentId);
        audit.recordAs(login, AuditEvent.of("approval.attachment-removed", OBJECT, id).withDetail("#" + attachmentId));
    }

    public void circulateTo(String login, long id, Collection<String> people) throws BusinessException {
        Approval a = asDrafter(login, id);
        if (a.state() == ApprovalState.APPROVED) {
            throw BusinessException.conflict("approval.notEditable");
        }
        for (String p : people) {
            directory.staff(p);
        }
        approvals.circulateTo(id, people);
        audit.recordAs(login, AuditEvent.of("approval.circulation-set", OBJECT, id)
                .withDetail(String.join("、", people.stream().map(this::nameAndPost).toList())));
    }

    /** The route the document would take if submitted now, for the drafter to check. */
    public List<StepView> preview(String login, long id) throws BusinessException {
        Approval a = asDrafter(login, id);
        RulesRepository.RulesVersion current = currentRules();
        String finalPosition = process.finalAuthority(current.decisionDefinitionId(), a.documentType(), a.amount().orElse(null));
        RoutePlanner.Plan plan = plan(a, finalPosition);
        Map<String, String> postNames = postNames();
        List<StepView> views = new ArrayList<>();
        long n = 0;
        for (RoutePlanner.PlannedStep s : plan.inRouteOrder()) {
            views.add(new StepView(--n, s.seq(), s.kind().name(), s.unitName(), s.positionCode(),
                    postNames.getOrDefault(s.positionCode(), ""), s.login(), s.name(), null, null, null, null, null,
                    null, null, false, null, false));
        }
        return views;
    }

    /**
     * Puts the document on its route. The final authority comes from the current rules version, which the
     * document keeps; a document sent back starts a new round from the first step.
     */
    public void submit(String login, long id) throws BusinessException {
        Approval a = asDrafter(login, id);
        if (!a.state().editable()) {
            throw BusinessException.conflict("approval.notEditable");
        }
        if (approvals.abbreviation(a.departmentCode()).isEmpty()) {
            throw BusinessException.conflict("approval.noAbbreviation", a.departmentName());
        }
        ApprovalState before = a.state();
        RulesRepository.RulesVersion current = currentRules();
        String finalPosition = process.finalAuthority(current.decisionDefinitionId(), a.documentType(), a.amount().orElse(null));
        RoutePlanner.Plan plan = plan(a, finalPosition);
        a.submit(current.version(), finalPosition, clock.instant());
        for (RoutePlanner.PlannedStep s : plan.steps()) {
            approvals.addStep(new Step(a, a.round(), s.seq(), s.kind(), s.unitCode(), s.unitName(), s.positionCode(),
                    s.login(), s.name()));
        }
        Optional<ApprovalTask> revision = before == ApprovalState.SENT_BACK
                ? approvals.openTasks(id).stream().filter(t -> t.kind() == TaskKind.REVISE).findFirst() : Optional.empty();
        if (revision.isPresent()) {
            revision.get().close(login, "RESUBMIT", clock.instant());
            process.resubmit(revision.get().id(), plan.shape());
        } else {
            a.started(process.start(id, plan.shape()));
        }
        audit.recordAs(login, AuditEvent.of(revision.isPresent() ? "approval.resubmitted" : "approval.submitted", OBJECT, id)
                .withDetail("専決規程 第" + current.version() + "版 / 最終決裁 " + postNames().get(finalPosition) + " / "
                        + String.join("→", plan.inRouteOrder().stream().map(RoutePlanner.PlannedStep::name).toList())));
    }

    /** A decision on a task: by its assignee, by the assignee's deputy while they are away (代決), or by the superior it was escalated to. */
    public DecisionOutcome decide(String login, String taskId, Decision decision, String comment, Integer sendBackTo,
                                  String consultee) throws BusinessException {
        requireFittingComment(decision, comment);
        ApprovalTask task = openTask(taskId);
        Approval a = task.approval();
        boolean byDeputy = actingFor(login, task);
        if (login.equals(a.drafterLogin())) {
            // standing in for the absent approver (代決) or asked to consult: still the drafter's own document
            throw BusinessException.forbidden("task.ownDocument");
        }
        Step step = task.step().orElseThrow(() -> BusinessException.conflict("task.notDecidable"));
        if (task.kind() == TaskKind.POST_REVIEW) {
            if (decision != Decision.APPROVE || byDeputy) {
                throw BusinessException.invalid("task.postReviewOnly");
            }
            step.postReviewed(clock.instant());
            task.close(login, "CONFIRMED", clock.instant());
            process.confirm(taskId);
            audit.recordAs(login, AuditEvent.of("approval.post-reviewed", OBJECT, a.id())
                    .withDetail("代決 " + step.actedByName().orElse("") + " の決定を後閲"));
            return new DecisionOutcome(a.id(), a.state().name(), a.documentNumber().orElse(null));
        }
        if (task.kind() != TaskKind.APPROVE && task.kind() != TaskKind.CONSULT) {
            throw BusinessException.conflict("task.notDecidable");
        }
        int target = -1;
        if (decision == Decision.SEND_BACK && sendBackTo != null && sendBackTo >= 0) {
            if (task.kind() != TaskKind.APPROVE || sendBackTo >= sequentialIndex(a, step)) {
                throw BusinessException.invalid("task.sendBackTarget");
            }
            target = sendBackTo;
        }
        if (decision == Decision.CONSULT) {
            if (task.kind() != TaskKind.APPROVE || consultee == null || directory.findStaff(consultee).isEmpty()
                    || consultee.equals(login) || consultee.equals(a.drafterLogin())) {
                throw BusinessException.invalid("task.consulteeRequired");
            }
        }
        String myName = step.approverLogin().filter(login::equals).flatMap(l -> step.approverName())
                .orElseGet(() -> directory.findStaff(login).map(StaffSummary::name).orElse(login));
        step.decide(decision, comment, login, myName, myName.split(" ")[0], clock.instant());
        task.close(login, decision.name(), clock.instant());
        process.decide(taskId, decision, byDeputy, target, consultee);
        String what = switch (decision) {
            case APPROVE -> task.kind() == TaskKind.CONSULT ? "approval.agreed" : "approval.approved";
            case SEND_BACK -> "approval.sent-back";
            case CONSULT -> "approval.consulted";
        };
        audit.recordAs(login, AuditEvent.of(what, OBJECT, a.id()).withDetail(describe(step, byDeputy, comment, target, consultee)));
        if (a.state() == ApprovalState.APPROVED) {
            audit.recordAs(login, AuditEvent.of("approval.completed", OBJECT, a.id())
                    .withDetail(a.documentNumber().orElseThrow() + "（" + new FiscalYear(a.fiscalYear()).japanese() + "）"));
        }
        return new DecisionOutcome(a.id(), a.state().name(), a.documentNumber().orElse(null));
    }

    /**
     * A comment longer than {@link Step#COMMENT_LIMIT} is refused rather than cut, and a send-back needs a
     * reason: the drafter has to learn what to change.
     */
    private static void requireFittingComment(Decision decision, String comment) throws BusinessException {
        if (comment != null && comment.strip().length() > Step.COMMENT_LIMIT) {
            throw BusinessException.invalid("approval.comment.tooLong", Step.COMMENT_LIMIT, comment.strip().length());
        }
        if (decision == Decision.SEND_BACK && (comment == null || comment.isBlank())) {
            throw BusinessException.invalid("approval.sendBack.reasonRequired");
        }
    }

    /** What a decision led to: the document's state and, after the final approval, its number. */
    public record DecisionOutcome(long approvalId, String state, String documentNumber) {
    }

    /** Approves a task whose document type the rules mark as low-risk; refuses any other. */
    public DecisionOutcome approveInBulk(String login, String taskId, String comment) throws BusinessException {
        ApprovalTask task = openTask(taskId);
        if (task.kind() != TaskKind.APPROVE || !type(task.approval().documentType()).lowRisk()) {
            throw BusinessException.conflict("task.notLowRisk", task.approval().title());
        }
        return decide(login, taskId, Decision.APPROVE, comment, null, null);
    }

    /** 引戻し: the drafter takes the document back while it waits for a decision. */
    public void withdraw(String login, long id) throws BusinessException {
        Approval a = asDrafter(login, id);
        if (a.state() != ApprovalState.IN_PROGRESS && a.state() != ApprovalState.SENT_BACK) {
            throw BusinessException.conflict("approval.notWithdrawable");
        }
        String pid = a.processInstanceId().orElseThrow(() -> BusinessException.conflict("approval.notWithdrawable"));
        for (ApprovalTask t : approvals.openTasks(id)) {
            t.close(login, "WITHDRAWN", clock.instant());
        }
        a.withdraw();
        process.withdraw(pid);
        audit.recordAs(login, AuditEvent.of("approval.withdrawn", OBJECT, id));
    }

    public ApprovalDetail detail(String login, long id) throws BusinessException {
        Approval a = visible(login, id);
        if (a.confidential()) {
            audit.recordAs(login, AuditEvent.of("approval.viewed", OBJECT, id).withDetail("秘文書の閲覧"));
        }
        return detailOf(a, login);
    }

    public void acknowledgeCirculation(String login, long id) throws BusinessException {
        visible(login, id);
        approvals.circulationSeen(id, login, clock.instant());
        audit.recordAs(login, AuditEvent.of("approval.circulation-seen", OBJECT, id));
    }

    public Attachment attachment(String login, long id, long attachmentId) throws BusinessException {
        Approval a = visible(login, id);
        if (a.confidential()) {
            audit.recordAs(login, AuditEvent.of("approval.viewed", OBJECT, id).withDetail("秘文書の添付 #" + attachmentId));
        }
        return approvals.attachment(id, attachmentId).orElseThrow(() -> BusinessException.notFound("attachment.notFound"));
    }

    /** The approved record's PDF, if it has been rendered. */
    public Optional<byte[]> recordPdf(String login, long id) throws BusinessException {
        Approval a = visible(login, id);
        if (a.state() != ApprovalState.APPROVED) {
            throw BusinessException.conflict("approval.notApproved");
        }
        if (a.confidential()) {
            audit.recordAs(login, AuditEvent.of("approval.viewed", OBJECT, id).withDetail("秘文書の PDF"));
        }
        return approvals.recordPdf(id);
    }

    /** The drafter's own documents, with where each one is now. */
    public List<ApprovalSummary> mine(String login) {
        Map<String, DocumentType> types = approvals.typesByCode();
        return approvals.draftedBy(login, LIST_MAX).stream().map(a -> summary(a, types)).toList();
    }

    /** Approved documents by date, amount and counterparty; records staff see all, others what they had a part in. */
    public List<ApprovalSummary> records(String login, LocalDate from, LocalDate to, BigDecimal minAmount,
                                         BigDecimal maxAmount, String counterparty) {
        Map<String, DocumentType> types = approvals.typesByCode();
        return approvals.approved(from, to, minAmount, maxAmount, counterparty, LIST_MAX).stream()
                .filter(a -> recordsStaffMaySee(a) || a.drafterLogin().equals(login) || approvals.involved(a.id(), login))
                .map(a -> summary(a, types)).toList();
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private RoutePlanner.Plan plan(Approval a, String finalPosition) throws BusinessException {
        StaffSummary drafter = directory.staff(a.drafterLogin());
        List<RoutePlanner.Post> posts = directory.posts().stream().filter(PostSummary::approves)
                .map(p -> new RoutePlanner.Post(p.code(), p.name(), p.rank())).toList();
        RoutePlanner planner = new RoutePlanner(posts,
                (unit, post) -> directory.postHolder(unit, post).map(ApprovalService::seat),
                unit -> directory.headOf(unit).map(ApprovalService::seat));
        try {
            return planner.plan(drafter.unitCode(), drafter.rank(), finalPosition, a.consultUnits().stream().sorted().toList());
        } catch (RoutePlanner.RouteException e) {
            throw BusinessException.conflict(e.key(), e.argument());
        }
    }

    private static RoutePlanner.Seat seat(StaffSummary s) {
        String unitName = !s.team().isEmpty() ? s.team() : s.unitCode().equals(s.departmentCode()) ? s.department() : s.division();
        return new RoutePlanner.Seat(s.login(), s.name(), s.unitCode(), unitName);
    }

    /** The current rules; on a new installation, the rules shipped with Shokuba become version 1 at first use. */
    private RulesRepository.RulesVersion currentRules() {
        return rules.current().orElseGet(() -> {
            ApprovalProcess.ShippedRules shipped = process.deployShippedRules();
            RulesRepository.RulesVersion first = new RulesRepository.RulesVersion(1, clock.instant(), "system",
                    "初版（同梱の専決規程）", shipped.decisionDefinitionId(), shipped.lines());
            rules.add(first);
            return first;
        });
    }

    private DocumentType type(String code) throws BusinessException {
        return approvals.type(code).orElseThrow(() -> BusinessException.invalid("approval.unknownType", String.valueOf(code)));
    }

    private Map<String, String> postNames() {
        Map<String, String> m = new HashMap<>();
        directory.posts().forEach(p -> m.put(p.code(), p.name()));
        return m;
    }

    private Approval asDrafter(String login, long id) throws BusinessException {
        Approval a = visible(login, id);
        if (!a.drafterLogin().equals(login)) {
            throw BusinessException.forbidden("approval.notDrafter");
        }
        return a;
    }

    /** Records staff see approved documents; confidential (秘) ones only with the personal-data role. */
    private boolean recordsStaffMaySee(Approval a) {
        return session.isCallerInRole("RECORDS") && (!a.confidential() || session.isCallerInRole("RECORDS_PII"));
    }

    /** The document, if the person may see it; otherwise it does not exist for them. */
    private Approval visible(String login, long id) throws BusinessException {
        Approval a = approvals.byId(id).orElseThrow(() -> BusinessException.notFound("approval.notFound", id));
        if (a.drafterLogin().equals(login)
                || a.state() != ApprovalState.DRAFT && approvals.involved(id, login)
                || a.state() == ApprovalState.APPROVED && recordsStaffMaySee(a)
                || standsInForSomeoneOn(a, login)) {
            return a;
        }
        throw BusinessException.notFound("approval.notFound", id);
    }

    private boolean standsInForSomeoneOn(Approval a, String login) {
        List<String> absentees = directory.standingInFor(login, LocalDate.now(clock));
        return !absentees.isEmpty() && approvals.openTasks(a.id()).stream().anyMatch(t -> absentees.contains(t.assignee()));
    }

    private ApprovalTask openTask(String taskId) throws BusinessException {
        ApprovalTask task = approvals.task(taskId).orElseThrow(() -> BusinessException.notFound("task.notFound"));
        if (!task.open()) {
            throw BusinessException.conflict("task.closed");
        }
        return task;
    }

    /** Whether the person acts for someone else on this task (代決); refuses anyone with no right to act. */
    private boolean actingFor(String login, ApprovalTask task) throws BusinessException {
        if (task.assignee().equals(login)) {
            return false;
        }
        if (task.escalatedTo().filter(login::equals).isPresent()) {
            return true;
        }
        LocalDate today = LocalDate.now(clock);
        if (directory.isAbsent(task.assignee(), today)
                && directory.deputyOf(task.assignee(), today).filter(d -> d.login().equals(login)).isPresent()) {
            return true;
        }
        throw BusinessException.forbidden("task.notYours");
    }

    private int sequentialIndex(Approval a, Step step) {
        List<Step> sequential = approvals.steps(a.id(), a.round()).stream().filter(s -> s.kind() == StepKind.APPROVE).toList();
        return sequential.indexOf(step);
    }

    private String describe(Step step, boolean byDeputy, String comment, int target, String consultee) {
        // the action itself reads 合議: the detail names only the unit
        StringBuilder d = new StringBuilder(step.kind() == StepKind.CONSULT ? step.unitName()
                : step.unitName() + " " + postNames().getOrDefault(step.positionCode(), step.positionCode()));
        if (byDeputy) {
            d.append(" 代決（").append(step.approverName().orElse("")).append(" に代わり）");
        }
        if (target >= 0) {
            d.append(" → 第").append(target + 1).append("段階へ");
        }
        if (consultee != null && !consultee.isBlank()) {
            d.append(" → ").append(nameAndPost(consultee)).append(" に協議");
        }
        if (comment != null && !comment.isBlank()) {
            d.append(" 「").append(comment.strip()).append("」");
        }
        return d.toString();
    }

    private ApprovalSummary summary(Approval a, Map<String, DocumentType> types) {
        List<String> heldBy = a.state() == ApprovalState.IN_PROGRESS || a.state() == ApprovalState.SENT_BACK
                ? approvals.openTasks(a.id()).stream().filter(t -> t.kind() != TaskKind.POST_REVIEW).map(ApprovalTask::assignee)
                        .map(this::nameAndPost).toList()
                : List.of();
        DocumentType type = types.get(a.documentType());
        return new ApprovalSummary(a.id(), a.title(), a.documentType(), type == null ? a.documentType() : type.name(),
                a.amount().orElse(null), a.counterparty().orElse(null), a.state().name(), a.documentNumber().orElse(null),
                a.drafterLogin(), a.drafterName(), a.departmentName(), a.createdAt(), a.approvedOn().orElse(null), heldBy);
    }

    private ApprovalDetail detailOf(Approval a, String login) {
        Map<String, String> postNames = postNames();
        Set<String> open = new LinkedHashSet<>();
        approvals.openTasks(a.id()).forEach(t -> t.step().ifPresent(s -> open.add(String.valueOf(s.id()))));
        List<StepView> route = new ArrayList<>();
        if (a.round() > 0) {
            for (Step s : approvals.steps(a.id(), a.round())) {
                route.add(view(s, postNames, open.contains(String.valueOf(s.id()))));
            }
        }
        List<ApprovalDetail.HistoryEntry> history = audit.history(OBJECT, String.valueOf(a.id())).stream()
                .map(e -> new ApprovalDetail.HistoryEntry(e.occurredAt(), e.actor(), nameAndPost(e.actor()), e.action(), e.detail()))
                .toList();
        LocalDate today = LocalDate.now(clock);
        List<String> absentees = directory.standingInFor(login, today);
        Map<String, DocumentType> types = approvals.typesByCode();
        List<TaskSummary> myTasks = approvals.openTasks(a.id()).stream()
                .filter(t -> t.assignee().equals(login) || absentees.contains(t.assignee())
                        || t.escalatedTo().filter(login::equals).isPresent())
                .map(t -> ApprovalInbox.taskSummary(t, types, today, t.assignee().equals(login) ? null : t.assignee(),
                        t.escalatedTo().filter(login::equals).isPresent())).toList();
        DocumentType type = approvals.type(a.documentType()).orElseThrow();
        return new ApprovalDetail(a.id(), a.title(), a.documentType(), type.name(), a.amount().orElse(null),
                a.counterparty().orElse(null), a.body(), a.confidential(), a.state().name(), a.documentNumber().orElse(null),
                a.fiscalYear(), new FiscalYear(a.fiscalYear()).japanese(), a.retentionYears(), a.filingVolume(),
                a.drafterLogin(), a.drafterName(), a.departmentCode(), a.departmentName(), a.rulesVersion().orElse(null),
                a.finalPosition().orElse(null), a.finalPosition().map(postNames::get).orElse(null), a.createdAt(),
                a.submittedAt().orElse(null), a.approvedAt().orElse(null), a.approvedOn().orElse(null),
                a.consultUnits().stream().sorted().toList(), approvals.circulation(a.id()), route,
                approvals.attachments(a.id()), history, myTasks,
                a.drafterLogin().equals(login) && a.state().editable(),
                a.drafterLogin().equals(login) && (a.state() == ApprovalState.IN_PROGRESS || a.state() == ApprovalState.SENT_BACK),
                a.state() == ApprovalState.APPROVED && approvals.recordPdf(a.id()).isPresent());
    }

    /** How a person is named to others on the document: 佐藤 一郎（係長）, the login only if the directory lost them. */
    private String nameAndPost(String login) {
        return directory.findStaff(login).map(p -> p.name() + "（" + p.position() + "）").orElse(login);
    }

    static StepView view(Step s, Map<String, String> postNames, boolean current) {
        return new StepView(s.id(), s.seq(), s.kind().name(), s.unitName(), s.positionCode(),
                s.kind() == StepKind.CONSULT && s.positionCode().isEmpty() ? "合議" : postNames.getOrDefault(s.positionCode(), ""),
                s.approverLogin().orElse(null), s.approverName().orElse(null), s.actedByLogin().orElse(null),
                s.actedByName().orElse(null), s.actedByFamily().orElse(null), s.decision().map(Enum::name).orElse(null),
                s.comment().orElse(null), s.startedAt().orElse(null), s.decidedAt().orElse(null), s.proxy(),
                s.postReviewedAt().orElse(null), current);
    }
}
