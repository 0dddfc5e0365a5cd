package jp.shokuba.paper.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The city's fiscal year (年度): April to March, named by the year it starts in (2025年度 = 2025-04 … 2026-03). */
public record FiscalYear(int year) {

    public static FiscalYear of(LocalDate day) {
        return new FiscalYear(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1);
    }

    public LocalDate first() {
        return LocalDate.of(year, 4, 1);
    }

    /** The first day after the year. */
    public LocalDate end() {
        return LocalDate.of(year + 1, 4, 1);
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(YearMonth.of(year, 4).plusMonths(i));
        }
        return months;
    }

    /** 0 for April … 11 for March. */
    public int indexOf(YearMonth month) {
        int i = (int) (month.getYear() * 12L + month.getMonthValue() - (year * 12L + 4));
        if (i < 0 || i > 11) {
            throw new IllegalArgumentException(month + " is not in " + this);
        }
        return i;
    }

    public FiscalYear previous() {
        return new FiscalYear(year - 1);
    }

    /** The months of a fiscal year in order, as headings. */
    public enum MonthName {
        APRIL("4月"), MAY("5月"), JUNE("6月"), JULY("7月"), AUGUST("8月"), SEPTEMBER("9月"), OCTOBER("10月"),
        NOVEMBER("11月"), DECEMBER("12月"), JANUARY("1月"), FEBRUARY("2月"), MARCH("3月");

        private final String label;

        MonthName(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
