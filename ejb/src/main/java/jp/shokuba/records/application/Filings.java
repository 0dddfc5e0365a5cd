package jp.shokuba.records.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.shokuba.approval.application.ApprovalRecorded;
import jp.shokuba.meetings.application.MeetingFiled;
import jp.shokuba.meetings.application.MeetingService;
import jp.shokuba.records.infrastructure.IntakeStorage;

/**
 * Files what other contexts finish into the archive, through the same intake as paper, so that it is found the
 * same way: the record (PDF) of every approved document, and a meeting's minutes with its materials once they are
 * saved. Confidential ones (秘 documents, 取扱注意 meetings) are not filed: every RECORDS holder searches the archive.
 * Filing runs after the deciding transaction has committed, off the caller's thread.
 */
@ApplicationScoped
public class Filings {

    private static final Logger LOG = Logger.getLogger(Filings.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    IntakeStorage storage;

    @Inject
    IntakeService intake;

    @Inject
    MeetingService meetings;

    void approvalRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApprovalRecorded r) {
        if (!r.confidential()) {
            executor.execute(() -> file("approval:" + r.documentNumber(), r.documentNumber() + " " + r.title() + ".pdf",
                    "application/pdf", r.pdf()));
        }
    }

    void meetingFiled(@Observes(during = TransactionPhase.AFTER_SUCCESS) MeetingFiled f) {
        if (f.confidential()) {
            return;
        }
        String source = "meeting:" + f.meetingId();
        executor.execute(() -> {
            file(source, "議事録 " + f.title() + ".txt", "text/plain; charset=UTF-8",
                    f.minutesText().getBytes(StandardCharsets.UTF_8));
            for (MeetingFiled.FiledMaterial m : f.materials()) {
                meetings.filedContent(m.sha256()).ifPresent(pdf -> file(source, m.fileName(), "application/pdf", pdf));
            }
        });
    }

    private void file(String source, String fileName, String contentType, byte[] content) {
        IntakeStorage.Staged staged = null;
        try {
            staged = storage.stage(new ByteArrayInputStream(content));
            intake.receive(staged, fileName, contentType, source, null, null);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, fileName + " from " + source + " was not filed into the archive", e);
        } finally {
            if (staged != null) {
                storage.release(staged);
            }
        }
    }
}
