package jp.shokuba.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEntry;
import jp.shokuba.audit.domain.AuditQuery;
import jp.shokuba.audit.domain.ChainVerification;
import jp.shokuba.audit.domain.RemoteAddress;
import jp.shokuba.audit.domain.VerificationRun;
import jp.shokuba.audit.domain.VisibleText;
import jp.shokuba.platform.CityTime;
import jp.shokuba.platform.web.Dates;
import jp.shokuba.platform.web.LocaleSelection;
import jp.shokuba.platform.web.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit trail: entries newest first, filtered as {@code GET /api/v1/audit} filters them, shown in words
 * (actions and objects by name, text with its control characters visibly escaped), and the check of the chain.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** The contexts whose actions the kind filter offers as a whole (a prefix). */
    private static final List<String> CONTEXTS = List.of("approval.", "seating.", "staff.", "auth.", "access.",
            "records.", "paper.", "directory.", "absence.", "audit.");

    @Inject
    transient AuditTrail audit;

    @Inject
    transient Messages messages;

    @Inject
    LocaleSelection locale;

    private String actor;
    private String kind;
    private String objectType;
    private String objectId;
    private LocalDate from;
    private LocalDate to;
    private AuditQuery query = AuditQuery.everything(1, 25);

    private LazyDataModel<AuditEntry> entries;
    private VerificationRun lastRun;

    @PostConstruct
    void init() {
        lastRun = audit.lastVerification().orElse(null);
        entries = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) Math.min(Integer.MAX_VALUE, audit.search(query.atPage(0, 1)).total());
            }

            @Override
            public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
                return audit.search(query.atPage(first, pageSize)).entries();
            }

            @Override
            public String getRowKey(AuditEntry entry) {
                return Long.toString(entry.id());
            }
        };
    }

    /** Applies the filters; a reversed period is refused with a message and the list stays as it was. */
    public void search() {
        try {
            query = new AuditQuery(actor, kind, objectType, objectId, from, to, 1, query.size());
        } catch (IllegalArgumentException reversed) {
            messages.error("audit.filter.invalid");
        }
    }

    public void clear() {
        actor = kind = objectType = objectId = null;
        from = to = null;
        query = AuditQuery.everything(1, query.size());
    }

    public void verify() {
        audit.verify();
        lastRun = audit.lastVerification().orElse(null);
    }

    /** When the last verification ran, in the reader's date format. */
    public String getLastRunAt() {
        return lastRun == null ? "" : when(lastRun.ranAt());
    }

    /** The action in words ({@code audit.action.<code>}), or its code where it has no name yet. */
    public String action(String code) {
        return named("audit.action." + code, code);
    }

    /** The object in words: its kind by name and its id. */
    public String object(AuditEntry e) {
        return named("audit.object." + e.objectType(), e.objectType()) + " " + VisibleText.of(e.objectId());
    }

    public String when(AuditEntry e) {
        return when(e.occurredAt());
    }

    private String when(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, CityTime.ZONE);
        return Dates.format(local.toLocalDate(), locale.getLocale()) + " " + TIME.format(local);
    }

    public String address(AuditEntry e) {
        return RemoteAddress.normalised(e.remoteAddress());
    }

    public String visible(String text) {
        return VisibleText.of(text);
    }

    /** What the kind filter offers besides a typed action code: each context as a whole (a prefix). */
    public List<String> getKinds() {
        return CONTEXTS;
    }

    private String named(String key, String fallback) {
        try {
            return messages.text(key);
        } catch (MissingResourceException unnamed) {
            return VisibleText.of(fallback);
        }
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    public Boolean getIntact() {
        return lastRun == null ? null : lastRun.intact();
    }

    public long getChecked() {
        return lastRun == null ? 0 : lastRun.checked();
    }

    public List<ChainVerification.Problem> getProblems() {
        return lastRun == null ? List.of() : lastRun.problems();
    }

    public String getActor() { return actor; }
    public void setActor(String v) { actor = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getObjectType() { return objectType; }
    public void setObjectType(String v) { objectType = v; }
    public String getObjectId() { return objectId; }
    public void setObjectId(String v) { objectId = v; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { to = v; }
}
