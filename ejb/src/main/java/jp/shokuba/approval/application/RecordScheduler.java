package jp.shokuba.approval.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Renders the records of approved documents off the approvers' requests, one at a time, by a single worker that
 * takes whatever approved documents still lack a record. Each rendering holds a database connection while PDFBox
 * works: a burst of final approvals rendered side by side took the whole pool from the people deciding, and one
 * task per document filled the executor until it refused work.
 */
@ApplicationScoped
public class RecordScheduler {

    private static final Logger LOG = Logger.getLogger(RecordScheduler.class.getName());
    private static final int BATCH = 20;

    private final AtomicBoolean working = new AtomicBoolean();
    private final AtomicBoolean asked = new AtomicBoolean();

    @Resource
    ManagedExecutorService executor;

    @Inject
    ApprovalRecords records;

    void onCompleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApprovalCompleted completed) {
        renderPending();
    }

    /** Starts the worker unless it is already running; a running worker sees the request before it stops. */
    public void renderPending() {
        asked.set(true);
        if (working.compareAndSet(false, true)) {
            executor.submit(this::work);
        }
    }

    private void work() {
        try {
            while (asked.getAndSet(false)) {
                renderAll();
            }
        } finally {
            working.set(false);
        }
        if (asked.get()) {
            renderPending();
        }
    }

    private void renderAll() {
        Set<Long> failed = new HashSet<>();
        for (List<Long> batch = next(failed); !batch.isEmpty(); batch = next(failed)) {
            for (long id : batch) {
                try {
                    records.render(id);
                } catch (RuntimeException e) {
                    failed.add(id);
                    LOG.log(Level.WARNING, "record of approval " + id + " not rendered now; it will be on first download", e);
                }
            }
        }
    }

    private List<Long> next(Set<Long> failed) {
        return records.pending(BATCH + failed.size()).stream().filter(id -> !failed.contains(id)).toList();
    }
}
