package jp.shokuba.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import jp.shokuba.platform.CityTime;
import jp.shokuba.platform.Wareki;

/** Dates as the reader expects them: the Japanese era (令和8年11月27日) in Japanese, ISO 8601 in English. */
@Named
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    LocaleSelection selection;

    public String date(LocalDate day) {
        return day == null ? "" : format(day, selection.getLocale());
    }

    public String dateWithWeekday(LocalDate day) {
        if (day == null) {
            return "";
        }
        Locale locale = selection.getLocale();
        String weekday = day.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale);
        return selection.isJapanese() ? Wareki.date(day) + "（" + weekday + "）" : day + " (" + weekday + ")";
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        LocalDateTime local = LocalDateTime.ofInstant(instant, CityTime.ZONE);
        return format(local.toLocalDate(), selection.getLocale()) + " " + TIME.format(local);
    }

    public static String format(LocalDate day, Locale locale) {
        return Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? Wareki.date(day) : day.toString();
    }
}
