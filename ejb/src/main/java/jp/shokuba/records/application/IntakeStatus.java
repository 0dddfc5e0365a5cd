package jp.shokuba.records.application;

import java.time.Instant;
import jp.shokuba.records.domain.IntakeState;

/** One file's place in intake, as the API and the queue page show it. */
public record IntakeStatus(long intakeId, IntakeState state, String reason, Long recordId, Long duplicateOf,
                           String fileName, String source, String step, int pagesDone, Integer pagesTotal,
                           Instant receivedAt, Instant updatedAt) {
}
