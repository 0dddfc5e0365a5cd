package jp.shokuba.records.domain;

import java.time.LocalDate;
import java.util.Optional;

/** What a record is: found by the rules and the text, corrected by records staff. */
public record Classification(String title, String documentType, String department, String counterparty, Long amount,
                             LocalDate documentDate, Integer retentionYears) {

    /** 年度: April to March, of the document's date or, lacking one, of the day it arrived. */
    public int fiscalYear(LocalDate received) {
        LocalDate d = documentDate == null ? received : documentDate;
        return d.getMonthValue() >= 4 ? d.getYear() : d.getYear() - 1;
    }

    public Optional<LocalDate> disposalDate(LocalDate received) {
        if (retentionYears == null || retentionYears == 0) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(fiscalYear(received) + 1 + retentionYears, 3, 31));
    }
}
