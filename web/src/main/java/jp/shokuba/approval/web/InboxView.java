package jp.shokuba.approval.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.shokuba.approval.application.ApprovalDetail;
import jp.shokuba.approval.application.ApprovalInbox;
import jp.shokuba.approval.application.ApprovalService;
import jp.shokuba.approval.application.InboxFilter;
import jp.shokuba.approval.application.TaskSummary;
import jp.shokuba.approval.application.TypeSummary;
import jp.shokuba.approval.domain.Decision;
import jp.shokuba.approval.domain.Step;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.directory.application.StaffSummary;
import jp.shokuba.directory.application.UnitSummary;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.ConflictRetry;
import jp.shokuba.platform.web.CurrentUser;
import jp.shokuba.platform.web.Messages;

/**
 * The inbox (決裁箱): my open tasks with filters; the chosen document and its attachments beside the list;
 * approve, send back or consult with one click and a comment; bulk approval of low-risk types.
 */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ApprovalService approvals;

    @Inject
    transient ApprovalInbox inbox;

    @Inject
    transient DirectoryService directory;

    @Inject
    transient CurrentUser user;

    @Inject
    transient Messages messages;

    private List<TaskSummary> tasks = List.of();
    private List<TaskSummary> checked = new ArrayList<>();
    private List<TypeSummary> types;
    private List<UnitSummary> departments;
    private String type;
    private String drafter;
    private String department;
    private Integer minWaitingDays;
    private String selectedId;
    private ApprovalDetail selected;
    private String comment;
    private String consultee;
    private Integer sendBackTo;

    @PostConstruct
    void init() {
        types = approvals.types();
        departments = directory.organisation().stream()
                .filter(u -> u.kind().equals("DEPARTMENT") || u.kind().equals("OFFICE")).toList();
        reload();
        if (!tasks.isEmpty()) {
            select(tasks.get(0).id());
        }
    }

    public void reload() {
        tasks = inbox.tasks(me(), new InboxFilter(type, drafter, department, minWaitingDays));
        checked = new ArrayList<>();
    }

    public void select(String taskId) {
        selectedId = taskId;
        comment = null;
        consultee = null;
        sendBackTo = null;
        selected = null;
        tasks.stream().filter(t -> t.id().equals(taskId)).findFirst().ifPresent(t -> {
            try {
                selected = approvals.detail(me(), t.approvalId());
            } catch (BusinessException e) {
                messages.refused(e);
            }
        });
    }

    /** The comment field, where a refusal of the comment is shown. */
    static final String COMMENT_FIELD = "inbox:comment";

    /** Approve, agree to a consultation (合議) or confirm a deputy's decision (後閲): each says what it did. */
    public void approve() {
        String kind = getSelectedTask() == null ? "APPROVE" : getSelectedTask().kind();
        decide(Decision.APPROVE, switch (kind) {
            case "CONSULT" -> "approval.done.agreed";
            case "POST_REVIEW" -> "approval.done.confirmed";
            default -> "approval.done.approved";
        });
    }

    public int getCommentLimit() {
        return Step.COMMENT_LIMIT;
    }

    public void sendBack() {
        decide(Decision.SEND_BACK, "approval.done.sentBack");
    }

    public void consult() {
        decide(Decision.CONSULT, "approval.done.consulted");
    }

    private void decide(Decision decision, String done) {
        if (selectedId == null) {
            return;
        }
        String task = selectedId;
        try {
            ApprovalService.DecisionOutcome outcome = ConflictRetry.run(() ->
                    approvals.decide(me(), task, decision, comment, decision == Decision.SEND_BACK ? sendBackTo : null,
                            decision == Decision.CONSULT ? consultee : null));
            messages.info(done, selected == null ? "" : selected.title(),
                    outcome.documentNumber() == null ? "" : outcome.documentNumber());
            afterDecision();
        } catch (BusinessException e) {
            if (e.key().startsWith("approval.comment.") || e.key().equals("approval.sendBack.reasonRequired")) {
                messages.refusedAt(COMMENT_FIELD, e);
            } else {
                messages.refused(e);
            }
        }
    }

    public void approveChecked() {
        int done = 0;
        for (TaskSummary t : checked) {
            try {
                ConflictRetry.run(() -> approvals.approveInBulk(me(), t.id(), comment));
                done++;
            } catch (BusinessException e) {
                messages.refused(e);
            }
        }
        messages.info("approval.done.bulk", done);
        afterDecision();
    }

    private void afterDecision() {
        reload();
        if (tasks.isEmpty()) {
            selectedId = null;
            selected = null;
        } else {
            select(tasks.get(0).id());
        }
    }

    public List<String> completeStaff(String text) {
        return directory.searchStaff(text, 0, 15).stream().filter(StaffSummary::active).map(StaffSummary::login).toList();
    }

    /** How a login shows in the consultee field: name and department. */
    public String staffLabel(String login) {
        if (login == null || login.isBlank()) {
            return "";
        }
        return directory.findStaff(login).map(s -> s.name() + "（" + s.department() + "）").orElse(login);
    }

    public boolean isAnyLowRisk() {
        return tasks.stream().anyMatch(t -> t.lowRisk() && t.kind().equals("APPROVE"));
    }

    public TaskSummary getSelectedTask() {
        return tasks.stream().filter(t -> t.id().equals(selectedId)).findFirst().orElse(null);
    }

    private String me() {
        return user.login();
    }

    public List<TaskSummary> getTasks() {
        return tasks;
    }

    public List<TaskSummary> getChecked() {
        return checked;
    }

    public void setChecked(List<TaskSummary> checked) {
        this.checked = checked == null ? new ArrayList<>() : checked;
    }

    public List<TypeSummary> getTypes() {
        return types;
    }

    public List<UnitSummary> getDepartments() {
        return departments;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getDrafter() {
        return drafter;
    }

    public void setDrafter(String drafter) {
        this.drafter = drafter;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public Integer getMinWaitingDays() {
        return minWaitingDays;
    }

    public void setMinWaitingDays(Integer minWaitingDays) {
        this.minWaitingDays = minWaitingDays;
    }

    public String getSelectedId() {
        return selectedId;
    }

    public ApprovalDetail getSelected() {
        return selected;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getConsultee() {
        return consultee;
    }

    public void setConsultee(String consultee) {
        this.consultee = consultee;
    }

    public Integer getSendBackTo() {
        return sendBackTo;
    }

    public void setSendBackTo(Integer sendBackTo) {
        this.sendBackTo = sendBackTo;
    }
}
