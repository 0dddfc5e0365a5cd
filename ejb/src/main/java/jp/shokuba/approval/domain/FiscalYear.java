package jp.shokuba.approval.domain;

import java.time.LocalDate;
import java.time.Month;
import jp.shokuba.platform.Wareki;

/** The Japanese fiscal year (年度), April to March, named by the calendar year it starts in. */
public record FiscalYear(int startYear) {

    public static FiscalYear of(LocalDate day) {
        return new FiscalYear(day.getMonth().compareTo(Month.APRIL) >= 0 ? day.getYear() : day.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 4, 1);
    }

    /** 令和8年度. */
    public String japanese() {
        return Wareki.yearOf(firstDay()).replace("年", "年度");
    }
}
