package jp.shokuba.records.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.shokuba.records.domain.Classification;
import jp.shokuba.records.domain.ClassificationRule;
import jp.shokuba.records.domain.IntakeState;
import jp.shokuba.records.domain.PageText;
import jp.shokuba.records.infrastructure.JdbcRecords;

/**
 * The pipeline's transactions, each short and of its own: taking a job, reporting a step, ending in quarantine
 * or waiting, and the final write of pages, index, hashes and classification together with INDEXED. The work
 * between them (parsing, OCR) runs outside any transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IntakeWork {

    @Inject
    JdbcRecords records;

    @Inject
    Clock clock;

    /** A file to work on, read from the database. */
    public record Job(long intakeId, long recordId, String fileName, String contentType, String scanner,
                      Instant receivedAt, byte[] original) {
    }

    public Optional<Job> take(long intakeId) {
        Optional<JdbcRecords.IntakeRow> row = records.intake(intakeId).filter(r -> r.state().unfinished());
        if (row.isEmpty() || row.get().recordId() == null) {
            return Optional.empty();
        }
        JdbcRecords.RecordRow rec = records.record(row.get().recordId()).orElseThrow();
        records.updateIntake(intakeId, IntakeState.EXTRACTING, "inspect", 0, row.get().pagesTotal(), null,
                clock.instant());
        return Optional.of(new Job(intakeId, rec.id(), rec.fileName(), rec.contentType(), rec.scanner(),
                rec.receivedAt(), records.original(rec.id()).orElseThrow()));
    }

    public void progress(long intakeId, IntakeState state, String step, int done, Integer total) {
        records.updateIntake(intakeId, state, step, done, total, null, clock.instant());
    }

    public void quarantine(long intakeId, String step, String reason) {
        records.updateIntake(intakeId, IntakeState.QUARANTINED, step, 0, null, reason, clock.instant());
    }

    public void waitForOcr(long intakeId, String reason) {
        records.updateIntake(intakeId, IntakeState.WAITING_FOR_OCR, "ocr", 0, null, reason, clock.instant());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ClassificationRule> rules() {
        return records.rules();
    }

    public void complete(Job job, List<PageText> pages, List<String> terms, List<String[]> hashes,
                         Classification c, String personalData, boolean hasMyNumber, byte[] archivePdf) {
        records.savePages(job.recordId(), pages, hashes, terms);
        int fiscalYear = c.fiscalYear(job.receivedAt().atZone(jp.shokuba.platform.CityTime.ZONE).toLocalDate());
        records.saveRecord(job.recordId(), c, fiscalYear, pages.size(), personalData, hasMyNumber, archivePdf,
                clock.instant());
        records.updateIntake(job.intakeId(), IntakeState.INDEXED, "index", pages.size(), pages.size(), null,
                clock.instant());
    }
}
