package jp.shokuba.records.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A record as records staff see it. */
public record RecordDetail(long id, String fileName, String sha256, long size, String source, Instant receivedAt,
                           String title, String documentType, String department, String counterparty, Long amount,
                           LocalDate documentDate, Integer fiscalYear, Integer retentionYears, LocalDate disposalDate,
                           Integer pageCount, List<String> personalData, boolean hasMyNumber, boolean searchableCopy,
                           List<IntakeStatus> intakes) {
}
