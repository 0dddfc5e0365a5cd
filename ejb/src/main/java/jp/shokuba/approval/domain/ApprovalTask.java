package jp.shokuba.approval.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A work item in someone's inbox (決裁箱), mirroring one of the engine's user tasks and sharing its id. It
 * is written in the engine's transaction, so the inbox is read from Shokuba's own indexed table instead
 * of the engine's.
 */
@Entity
@Table(schema = "approval", name = "task")
public class ApprovalTask {

    @Id
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "approval_id")
    private Approval approval;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "step_id")
    private Step step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskKind kind;

    @Column(nullable = false)
    private String assignee;

    @Column(name = "escalated_to")
    private String escalatedTo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    private String outcome;

    protected ApprovalTask() {
    }

    public ApprovalTask(String id, Approval approval, Step step, TaskKind kind, String assignee, Instant now) {
        this.id = Objects.requireNonNull(id);
        this.approval = Objects.requireNonNull(approval);
        this.step = step;
        this.kind = Objects.requireNonNull(kind);
        this.assignee = Objects.requireNonNull(assignee);
        this.createdAt = now;
    }

    public void close(String by, String what, Instant now) {
        if (closedAt != null) {
            throw new IllegalStateException("この作業はすでに終わっています");
        }
        this.closedBy = by;
        this.outcome = what;
        this.closedAt = now;
    }

    public void reminded(Instant now) {
        this.remindedAt = now;
    }

    public void escalateTo(String superior) {
        this.escalatedTo = superior;
    }

    public boolean open() {
        return closedAt == null;
    }

    public String id() {
        return id;
    }

    public Approval approval() {
        return approval;
    }

    public Optional<Step> step() {
        return Optional.ofNullable(step);
    }

    public TaskKind kind() {
        return kind;
    }

    public String assignee() {
        return assignee;
    }

    public Optional<String> escalatedTo() {
        return Optional.ofNullable(escalatedTo);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> remindedAt() {
        return Optional.ofNullable(remindedAt);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }
}
