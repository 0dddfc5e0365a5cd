package jp.shokuba.approval.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One seat of a route (決裁欄の一枠): a post in a unit. The person is found when the step starts, so a
 * personnel change does not strand the document; who actually decided is kept apart from the seat holder,
 * which is how a decision by a deputy (代決) shows.
 */
@Entity
@Table(schema = "approval", name = "step")
public class Step {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "approval_id")
    private Approval approval;

    @Column(nullable = false)
    private int round;

    @Column(nullable = false)
    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StepKind kind;

    @Column(name = "unit_code", nullable = false)
    private String unitCode;

    @Column(name = "unit_name", nullable = false)
    private String unitName;

    @Column(name = "position_code", nullable = false)
    private String positionCode;

    @Column(name = "approver_login")
    private String approverLogin;

    @Column(name = "approver_name")
    private String approverName;

    @Column(name = "acted_by_login")
    private String actedByLogin;

    @Column(name = "acted_by_name")
    private String actedByName;

    @Column(name = "acted_by_family")
    private String actedByFamily;

    /** The longest decision comment, in characters: it is printed in the stamp column of the record. */
    public static final int COMMENT_LIMIT = 500;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private String comment;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(nullable = false)
    private boolean proxy;

    @Column(name = "post_reviewed_at")
    private Instant postReviewedAt;

    protected Step() {
    }

    public Step(Approval approval, int round, int seq, StepKind kind, String unitCode, String unitName,
                String positionCode, String plannedLogin, String plannedName) {
        this.approval = Objects.requireNonNull(approval);
        this.round = round;
        this.seq = seq;
        this.kind = Objects.requireNonNull(kind);
        this.unitCode = Objects.requireNonNull(unitCode);
        this.unitName = Objects.requireNonNull(unitName);
        this.positionCode = Objects.requireNonNull(positionCode);
        this.approverLogin = plannedLogin;
        this.approverName = plannedName;
    }

    /** The step starts with whoever holds the seat now; an earlier decision on it is cleared. */
    public void start(String login, String name, Instant now) {
        this.approverLogin = login;
        this.approverName = name;
        this.startedAt = now;
        this.decision = null;
        this.comment = null;
        this.decidedAt = null;
        this.actedByLogin = null;
        this.actedByName = null;
        this.actedByFamily = null;
        this.proxy = false;
        this.postReviewedAt = null;
    }

    public void decide(Decision what, String comment, String byLogin, String byName, String byFamily, Instant now) {
        if (decision != null) {
            throw new IllegalStateException("この段階はすでに決定済みです");
        }
        this.decision = Objects.requireNonNull(what);
        if (comment != null && comment.strip().length() > COMMENT_LIMIT) {
            throw new IllegalArgumentException("comment over " + COMMENT_LIMIT + " characters");
        }
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.actedByLogin = byLogin;
        this.actedByName = byName;
        this.actedByFamily = byFamily;
        this.proxy = !byLogin.equals(approverLogin);
        this.decidedAt = now;
    }

    /** The seat holder confirms what their deputy decided (後閲). */
    public void postReviewed(Instant now) {
        if (!proxy) {
            throw new IllegalStateException("代決ではない決定に後閲はありません");
        }
        this.postReviewedAt = now;
    }

    public Long id() {
        return id;
    }

    public Approval approval() {
        return approval;
    }

    public int round() {
        return round;
    }

    public int seq() {
        return seq;
    }

    public StepKind kind() {
        return kind;
    }

    public String unitCode() {
        return unitCode;
    }

    public String unitName() {
        return unitName;
    }

    public String positionCode() {
        return positionCode;
    }

    public Optional<String> approverLogin() {
        return Optional.ofNullable(approverLogin);
    }

    public Optional<String> approverName() {
        return Optional.ofNullable(approverName);
    }

    public Optional<String> actedByLogin() {
        return Optional.ofNullable(actedByLogin);
    }

    public Optional<String> actedByName() {
        return Optional.ofNullable(actedByName);
    }

    public Optional<String> actedByFamily() {
        return Optional.ofNullable(actedByFamily);
    }

    public Optional<Decision> decision() {
        return Optional.ofNullable(decision);
    }

    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public boolean proxy() {
        return proxy;
    }

    public Optional<Instant> postReviewedAt() {
        return Optional.ofNullable(postReviewedAt);
    }
}
