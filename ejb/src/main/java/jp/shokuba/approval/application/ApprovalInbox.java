package jp.shokuba.approval.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jp.shokuba.approval.domain.Approval;
import jp.shokuba.approval.domain.ApprovalRepository;
import jp.shokuba.approval.domain.ApprovalTask;
import jp.shokuba.platform.BusinessCalendar;
import jp.shokuba.approval.domain.DocumentType;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.platform.CityTime;

/**
 * The approvers' task lists (決裁箱): their own open tasks with those of the people they stand in for and those
 * escalated to them, the count of the menu badge, and the administrators' list of tasks left waiting.
 */
@Stateless
public class ApprovalInbox {

    private static final BusinessCalendar CALENDAR = new BusinessCalendar();
    /** Working days between two dates never change; remembered (and forgotten wholesale when many). */
    private static final Map<String, Integer> WAITING = new ConcurrentHashMap<>();

    @Inject
    ApprovalRepository approvals;

    @Inject
    DirectoryService directory;

    @Inject
    Clock clock;

    /** My open tasks, including those of people I stand in for today and those escalated to me. */
    public List<TaskSummary> tasks(String login, InboxFilter filter) {
        return tasks(login, filter, ApprovalService.LIST_MAX);
    }

    /** At most {@code max} tasks (1 to 500), oldest first. */
    public List<TaskSummary> tasks(String login, InboxFilter filter, int max) {
        LocalDate today = LocalDate.now(clock);
        List<String> absentees = directory.standingInFor(login, today);
        Set<String> people = new LinkedHashSet<>(absentees);
        people.add(login);
        Map<String, DocumentType> types = approvals.typesByCode();
        List<TaskSummary> lines = new ArrayList<>();
        for (ApprovalTask t : approvals.openTasksFor(people, login, Math.max(1, Math.min(max, ApprovalService.LIST_MAX)))) {
            Approval a = t.approval();
            boolean escalatedToMe = t.escalatedTo().filter(login::equals).isPresent();
            String onBehalfOf = t.assignee().equals(login) || escalatedToMe && !absentees.contains(t.assignee()) ? null : t.assignee();
            TaskSummary line = taskSummary(t, types, today, onBehalfOf, escalatedToMe);
            if (filter.documentType() != null && !filter.documentType().isBlank() && !filter.documentType().equals(a.documentType())
                    || filter.departmentCode() != null && !filter.departmentCode().isBlank() && !filter.departmentCode().equals(a.departmentCode())
                    || filter.drafter() != null && !filter.drafter().isBlank() && !a.drafterLogin().contains(filter.drafter())
                    && !a.drafterName().replace(" ", "").contains(filter.drafter().replace(" ", ""))
                    || filter.minWaitingDays() != null && line.waitingDays() < filter.minWaitingDays()) {
                continue;
            }
            lines.add(line);
        }
        return lines;
    }

    /** How many tasks {@link #tasks} would list unfiltered: the menu badge. */
    public long count(String login) {
        Set<String> people = new LinkedHashSet<>(directory.standingInFor(login, LocalDate.now(clock)));
        people.add(login);
        return approvals.countOpenTasksFor(people, login);
    }

    /** For administrators: every open task that has waited at least this many working days, longest first. */
    public List<TaskSummary> waitingLongest(int minWorkingDays) {
        LocalDate today = LocalDate.now(clock);
        Map<String, DocumentType> types = approvals.typesByCode();
        return approvals.allOpenTasks(ApprovalService.LIST_MAX).stream()
                .map(t -> taskSummary(t, types, today, null, t.escalatedTo().isPresent()))
                .filter(t -> t.waitingDays() >= minWorkingDays).toList();
    }

    private static int waitingDays(LocalDate created, LocalDate today) {
        if (WAITING.size() > 10_000) {
            WAITING.clear();
        }
        return WAITING.computeIfAbsent(created + "/" + today, k -> CALENDAR.workingDaysBetween(created, today));
    }

    /** A task as the lists show it; {@code onBehalfOf} names the absent person whose task it is, if any. */
    static TaskSummary taskSummary(ApprovalTask t, Map<String, DocumentType> types, LocalDate today,
                                   String onBehalfOf, boolean escalated) {
        Approval a = t.approval();
        DocumentType type = types.get(a.documentType());
        int waiting = waitingDays(LocalDate.ofInstant(t.createdAt(), CityTime.ZONE), today);
        return new TaskSummary(t.id(), a.id(), t.kind().name(), a.title(), a.documentType(), type.name(), type.lowRisk(),
                a.amount().orElse(null), a.counterparty().orElse(null), a.drafterLogin(), a.drafterName(),
                a.departmentCode(), a.departmentName(), t.createdAt(), waiting, t.assignee(), onBehalfOf, escalated);
    }
}
