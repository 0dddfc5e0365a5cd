package jp.shokuba.records.application;

import java.time.LocalDate;

/** A search: the words and the Electronic Book Preservation Act's keys, any of them empty. */
public record SearchQuery(String q, int size, String department, String type, Integer fiscalYear, LocalDate from,
                          LocalDate to, Long minAmount, Long maxAmount, String counterparty) {

    public static final int MAX_SIZE = 100;
}
