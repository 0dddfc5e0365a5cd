package jp.shokuba.approval.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Renders the record of a document once its final approval has committed, off the approver's request. */
@ApplicationScoped
public class RecordScheduler {

    private static final Logger LOG = Logger.getLogger(RecordScheduler.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    ApprovalRecords records;

    void onCompleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApprovalCompleted completed) {
        executor.submit(() -> {
            try {
                records.render(completed.approvalId());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "record of approval " + completed.approvalId() + " not rendered now; it will be on first download", e);
            }
        });
    }
}
