package jp.shokuba.approval.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import jp.shokuba.platform.CityTime;
import jp.shokuba.platform.web.Dates;

/** The day of an instant in the city's calendar, in the reader's form (令和 in Japanese). */
@Named
@ApplicationScoped
public class ApprovalFormat {

    @Inject
    Dates dates;

    /** As a date stamp shows it: 令8.11.27 (ISO in English). */
    public String stampDay(Instant instant) {
        if (instant == null) {
            return "";
        }
        LocalDate day = LocalDate.ofInstant(instant, CityTime.ZONE);
        String full = dates.date(day);
        if (!full.contains("年")) {
            return day.toString();
        }
        java.time.chrono.JapaneseDate j = java.time.chrono.JapaneseDate.from(day);
        return full.substring(0, 1) + j.get(java.time.temporal.ChronoField.YEAR_OF_ERA) + "." + day.getMonthValue() + "." + day.getDayOfMonth();
    }

    public String day(Instant instant) {
        return instant == null ? "" : dates.date(LocalDate.ofInstant(instant, CityTime.ZONE));
    }
}
