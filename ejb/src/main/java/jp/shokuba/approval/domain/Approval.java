package jp.shokuba.approval.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An approval document (起案) from draft to the approved record. Its drafter may edit it only while it is
 * a draft, sent back or withdrawn; it gets its document number only at the final approval and is never
 * changed after that.
 */
@Entity
@Table(schema = "approval", name = "approval")
public class Approval {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column(name = "document_type", nullable = false)
    private String documentType;

    private BigDecimal amount;

    private String counterparty;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private boolean confidential;

    @Column(name = "drafter_login", nullable = false, updatable = false)
    private String drafterLogin;

    @Column(name = "drafter_name", nullable = false)
    private String drafterName;

    @Column(name = "department_code", nullable = false)
    private String departmentCode;

    @Column(name = "department_name", nullable = false)
    private String departmentName;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Column(name = "retention_years", nullable = false)
    private int retentionYears;

    @Column(name = "filing_volume", nullable = false)
    private String filingVolume;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApprovalState state = ApprovalState.DRAFT;

    @Column(nullable = false)
    private int round;

    @Column(name = "rules_version")
    private Integer rulesVersion;

    @Column(name = "final_position")
    private String finalPosition;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    private Integer serial;

    @Column(name = "document_number")
    private String documentNumber;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "approval", name = "consultation_request", joinColumns = @JoinColumn(name = "approval_id"))
    @Column(name = "unit_code")
    private Set<String> consultUnits = new LinkedHashSet<>();

    @Version
    private int version;

    protected Approval() {
    }

    public Approval(Content content, DocumentType type, String drafterLogin, String drafterName,
                    String departmentCode, String departmentName, Instant now, LocalDate today) {
        this.drafterLogin = Objects.requireNonNull(drafterLogin);
        this.drafterName = Objects.requireNonNull(drafterName);
        this.departmentCode = Objects.requireNonNull(departmentCode);
        this.departmentName = Objects.requireNonNull(departmentName);
        this.createdAt = now;
        this.fiscalYear = FiscalYear.of(today).startYear();
        write(content, type);
    }

    /** What the drafter writes: the document's content, checked against its type. */
    public record Content(String title, String documentType, BigDecimal amount, String counterparty, String body,
                          boolean confidential, Set<String> consultUnits) {
    }

    /**
     * Whether an amount fits the column ({@code numeric(15,0)}, not negative, whole yen). Checked on the digits
     * alone, before any arithmetic: {@code 1e100000000} has one digit, and scaling it would compute all of them.
     */
    public static boolean isYenAmount(BigDecimal amount) {
        if (amount.signum() < 0 || amount.precision() - amount.scale() > 15) {
            return false;
        }
        return amount.scale() <= 0 || amount.stripTrailingZeros().scale() <= 0;
    }

    /** Replaces the content; only while the drafter holds the document. */
    public void revise(Content content, DocumentType type) {
        requireEditable();
        write(content, type);
    }

    /**
     * Content the rules refuse, with the message key of the platform bundle (so the reader gets it in their
     * language) and its arguments; the Japanese text is the exception's message.
     */
    public static final class ContentRefused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final transient Object[] arguments;

        ContentRefused(String key, String japanese, Object... arguments) {
            super(japanese);
            this.key = key;
            this.arguments = arguments.clone();
        }

        public String key() {
            return key;
        }

        public Object[] arguments() {
            return arguments.clone();
        }
    }

    private void write(Content c, DocumentType type) {
        if (c.title() == null || c.title().isBlank() || c.title().strip().length() > 200) {
            throw new ContentRefused("approval.content.subject", "件名は1〜200文字で入力してください");
        }
        if (c.counterparty() != null && c.counterparty().strip().length() > 200) {
            throw new ContentRefused("approval.content.counterparty", "相手方は200文字以内で入力してください");
        }
        if (!type.code().equals(c.documentType())) {
            throw new ContentRefused("approval.content.type", "文書種別が一致しません");
        }
        if (type.hasAmount() && c.amount() == null) {
            throw new ContentRefused("approval.content.amountRequired", type.name() + "には金額が必要です", type.code());
        }
        if (c.amount() != null && !isYenAmount(c.amount())) {
            throw new ContentRefused("approval.content.amount", "金額は0以上、15桁までの円単位で入力してください");
        }
        this.title = c.title().strip();
        this.documentType = type.code();
        this.amount = type.hasAmount() ? c.amount().setScale(0) : null;
        this.counterparty = c.counterparty() == null || c.counterparty().isBlank() ? null : c.counterparty().strip();
        this.body = c.body() == null ? "" : c.body();
        this.confidential = c.confidential();
        this.retentionYears = type.retentionYears();
        this.filingVolume = type.filingVolume();
        this.consultUnits.clear();
        if (c.consultUnits() != null) {
            this.consultUnits.addAll(c.consultUnits());
        }
    }

    /** Puts the document on its route: a new round, routed by this version of the rules. */
    public void submit(int rulesVersion, String finalPosition, Instant now) {
        requireEditable();
        this.state = ApprovalState.IN_PROGRESS;
        this.round++;
        this.rulesVersion = rulesVersion;
        this.finalPosition = finalPosition;
        this.submittedAt = now;
    }

    public void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void sentBack() {
        requireState(ApprovalState.IN_PROGRESS);
        this.state = ApprovalState.SENT_BACK;
    }

    /** Only a draft never put on its route may be deleted: what was submitted stays, as the record of what happened. */
    public boolean deletable() {
        return state == ApprovalState.DRAFT && round == 0;
    }

    public void withdraw() {
        if (state != ApprovalState.IN_PROGRESS && state != ApprovalState.SENT_BACK) {
            throw new IllegalStateException("引戻しできるのは決裁中または差戻し中の文書だけです");
        }
        this.state = ApprovalState.WITHDRAWN;
        this.processInstanceId = null;
    }

    /** The final approval (決裁): the document gets its number and is closed for good. */
    public void approve(DocumentNumber number, Instant now, LocalDate today) {
        requireState(ApprovalState.IN_PROGRESS);
        this.state = ApprovalState.APPROVED;
        this.serial = number.serial();
        this.documentNumber = number.toString();
        this.approvedAt = now;
        this.approvedOn = today;
    }

    private void requireEditable() {
        if (!state.editable()) {
            throw new IllegalStateException("この文書は今は編集できません（" + state + "）");
        }
    }

    private void requireState(ApprovalState expected) {
        if (state != expected) {
            throw new IllegalStateException("文書の状態が " + state + " です（" + expected + " のときだけ可能）");
        }
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String documentType() {
        return documentType;
    }

    public Optional<BigDecimal> amount() {
        return Optional.ofNullable(amount);
    }

    public Optional<String> counterparty() {
        return Optional.ofNullable(counterparty);
    }

    public String body() {
        return body;
    }

    public boolean confidential() {
        return confidential;
    }

    public String drafterLogin() {
        return drafterLogin;
    }

    public String drafterName() {
        return drafterName;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public String departmentName() {
        return departmentName;
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    public int retentionYears() {
        return retentionYears;
    }

    public String filingVolume() {
        return filingVolume;
    }

    public ApprovalState state() {
        return state;
    }

    public int round() {
        return round;
    }

    public Optional<Integer> rulesVersion() {
        return Optional.ofNullable(rulesVersion);
    }

    public Optional<String> finalPosition() {
        return Optional.ofNullable(finalPosition);
    }

    public Optional<String> processInstanceId() {
        return Optional.ofNullable(processInstanceId);
    }

    public Optional<String> documentNumber() {
        return Optional.ofNullable(documentNumber);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<Instant> approvedAt() {
        return Optional.ofNullable(approvedAt);
    }

    public Optional<LocalDate> approvedOn() {
        return Optional.ofNullable(approvedOn);
    }

    public Set<String> consultUnits() {
        return Set.copyOf(consultUnits);
    }

    public int version() {
        return version;
    }
}
