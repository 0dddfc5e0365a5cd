package jp.shokuba.records.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.shokuba.records.domain.IntakeState;
import jp.shokuba.records.infrastructure.IntakeStorage;
import jp.shokuba.records.infrastructure.JdbcRecords;
import jp.shokuba.records.infrastructure.Tesseract;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Resumes intake after a start: staging leftovers of a crash are deleted (their sources were not let go), and
 * every unfinished intake is queued again from its first step. Then polls the hot folders every few seconds and the records
 * mailbox every fifteen,
 * and once a minute sends files waiting for OCR back to work when Tesseract has appeared.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RecordsStartup {

    private static final Logger LOG = Logger.getLogger(RecordsStartup.class.getName());

    @Inject
    JdbcRecords records;

    @Inject
    IntakeStorage storage;

    @Inject
    IntakeWorkers workers;

    @Inject
    HotFolders hotFolders;

    @Inject
    MailInbox mailbox;

    @Inject
    @ConfigProperty(name = "shokuba.records.tesseract", defaultValue = "tesseract")
    String tesseract;

    @PostConstruct
    void resume() {
        workers.start();
        try {
            storage.clearLeftovers();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot clear the intake staging folder", e);
        }
        var unfinished = records.unfinished();
        unfinished.forEach(workers::submit);
        if (!unfinished.isEmpty()) {
            LOG.info(() -> unfinished.size() + " unfinished intakes queued again");
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void pollHotFolders() {
        hotFolders.poll();
    }

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void pollMailbox() {
        mailbox.poll();
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    void resumeWaitingForOcr() {
        var waiting = records.intakesIn(IntakeState.WAITING_FOR_OCR, 1000);
        if (!waiting.isEmpty() && new Tesseract(tesseract).missing().isEmpty()) {
            waiting.forEach(w -> workers.submit(w.id()));
        }
    }
}
