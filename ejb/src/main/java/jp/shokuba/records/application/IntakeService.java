package jp.shokuba.records.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEvent;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.records.domain.FileName;
import jp.shokuba.records.domain.IntakeState;
import jp.shokuba.records.infrastructure.IntakeStorage;
import jp.shokuba.records.infrastructure.JdbcRecords;

/**
 * Takes files in: the staged file becomes the record's original and the intake row in one transaction, before
 * any work is done on it; the same bytes again become a DUPLICATE intake that points at the existing record
 * (the database's unique SHA-256 decides, so two scanners racing with one file still store it once). Also the
 * clerk's actions on intakes: retry and discard (audited).
 */
@Stateless
public class IntakeService {

    public static final String OBJECT = "Record";

    @Inject
    JdbcRecords records;

    @Inject
    Event<IntakeQueued> queued;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public IntakeStatus receive(IntakeStorage.Staged staged, String fileName, String contentType, String source,
                                String scanner, String submittedBy) {
        String name = FileName.clean(fileName);
        var now = clock.instant();
        Optional<Long> created = records.insertRecord(staged.sha256(), name, contentType, staged.file(), source,
                scanner, now);
        long intakeId;
        if (created.isPresent()) {
            intakeId = records.insertIntake(created.get(), null, name, source, submittedBy, IntakeState.QUEUED, now);
            queued.fire(new IntakeQueued(intakeId));
        } else {
            long existing = records.recordBySha(staged.sha256()).orElseThrow();
            intakeId = records.insertIntake(null, existing, name, source, submittedBy, IntakeState.DUPLICATE, now);
        }
        return status(intakeId).orElseThrow();
    }

    public Optional<IntakeStatus> status(long intakeId) {
        return records.intake(intakeId).map(IntakeService::status);
    }

    public List<IntakeStatus> latest(int max) {
        return records.intakes(max).stream().map(IntakeService::status).toList();
    }

    public List<IntakeStatus> quarantined(int max) {
        return records.intakesIn(IntakeState.QUARANTINED, max).stream().map(IntakeService::status).toList();
    }

    /** Puts a quarantined (or waiting) file back into the queue, as it is: a clerk's retry after a fix elsewhere. */
    public IntakeStatus retry(long intakeId) throws BusinessException {
        JdbcRecords.IntakeRow row = records.intake(intakeId)
                .orElseThrow(() -> BusinessException.notFound("records.intake.notFound", intakeId));
        if (row.state() != IntakeState.QUARANTINED && row.state() != IntakeState.WAITING_FOR_OCR) {
            throw BusinessException.conflict("records.intake.notRetriable", row.state().name());
        }
        records.updateIntake(intakeId, IntakeState.QUEUED, null, 0, row.pagesTotal(), null, clock.instant());
        audit.record(AuditEvent.of("records.intake.retried", OBJECT, row.recordId()).withDetail(row.fileName()));
        queued.fire(new IntakeQueued(intakeId));
        return status(intakeId).orElseThrow();
    }

    /** Deletes a quarantined file and its record for good; the audit entry keeps its name and SHA-256. */
    public void discard(long intakeId) throws BusinessException {
        JdbcRecords.IntakeRow row = records.intake(intakeId)
                .orElseThrow(() -> BusinessException.notFound("records.intake.notFound", intakeId));
        if (row.state() != IntakeState.QUARANTINED || row.recordId() == null) {
            throw BusinessException.conflict("records.intake.notDiscardable", row.state().name());
        }
        var record = records.record(row.recordId()).orElseThrow();
        audit.record(AuditEvent.of("records.discarded", OBJECT, row.recordId())
                .withDetail(row.fileName() + " sha256=" + record.sha256() + " 理由: " + row.reason()));
        records.deleteRecord(row.recordId());
    }

    static IntakeStatus status(JdbcRecords.IntakeRow r) {
        return new IntakeStatus(r.id(), r.state(), r.reason(), r.recordId(), r.duplicateOf(), r.fileName(),
                r.source(), r.step(), r.pagesDone(), r.pagesTotal(), r.receivedAt(), r.updatedAt());
    }
}
