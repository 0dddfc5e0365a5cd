package jp.shokuba.platform;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Dates in the Japanese era, as official documents write them: 令和8年11月27日. The first year of an
 * era is 元年 (令和元年5月1日), never 1年.
 */
public final class Wareki {

    private Wareki() {
    }

    public static String date(LocalDate day) {
        return yearOf(day) + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    /** The era and year alone: 令和8年. */
    public static String yearOf(LocalDate day) {
        JapaneseDate date = JapaneseDate.from(day);
        int year = date.get(ChronoField.YEAR_OF_ERA);
        return date.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN) + (year == 1 ? "元" : Integer.toString(year)) + "年";
    }
}
