package jp.shokuba.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEntry;
import jp.shokuba.audit.domain.ChainVerification;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit trail: newest entries first, and a check of the whole chain on demand. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditTrail audit;

    private LazyDataModel<AuditEntry> entries;
    private Boolean intact;
    private long checked;
    private List<ChainVerification.Problem> problems = List.of();

    @PostConstruct
    void init() {
        entries = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) audit.count();
            }

            @Override
            public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
                return audit.latest(first, pageSize);
            }

            @Override
            public String getRowKey(AuditEntry entry) {
                return Long.toString(entry.id());
            }
        };
    }

    public void verify() {
        ChainVerification verification = audit.verify();
        intact = verification.intact();
        checked = verification.checked();
        problems = verification.problems();
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    public Boolean getIntact() {
        return intact;
    }

    public long getChecked() {
        return checked;
    }

    public List<ChainVerification.Problem> getProblems() {
        return problems;
    }
}
