package jp.shokuba.audit.domain;

import java.util.List;

/** One page of a query's entries, newest first, and how many entries the query finds in all. */
public record AuditEntries(List<AuditEntry> entries, long total) {

    public AuditEntries {
        entries = List.copyOf(entries);
    }
}
