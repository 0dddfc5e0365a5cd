package jp.shokuba.approval.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import jp.shokuba.platform.CityTime;
import jp.shokuba.platform.web.Dates;
import jp.shokuba.platform.web.LocaleSelection;
import jp.shokuba.platform.web.Messages;
import jp.shokuba.approval.application.ApprovalService;
import jp.shokuba.approval.application.TypeSummary;
import java.util.Map;
import java.util.stream.Collectors;

/** The day of an instant in the city's calendar, in the reader's form (令和 in Japanese); types and posts in the reader's language. */
@Named
@ApplicationScoped
public class ApprovalFormat {

    @Inject
    Dates dates;

    @Inject
    LocaleSelection selection;

    @Inject
    Messages messages;

    @Inject
    ApprovalService approvals;

    /** Types change only with a migration: read once. */
    private volatile Map<String, String> typesEn;

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

    /** A document type's name in the reader's language (the English one the type keeps), from its code. */
    public String type(String code, String japanese) {
        if (selection.isJapanese() || code == null) {
            return japanese;
        }
        if (typesEn == null) {
            typesEn = approvals.types().stream().collect(Collectors.toMap(TypeSummary::code, TypeSummary::nameEn));
        }
        return typesEn.getOrDefault(code, japanese);
    }

    /** A post (係長, 部長 …) in the reader's language, from its code; the Japanese name when there is no code. */
    public String post(String code, String japanese) {
        if (selection.isJapanese() || code == null || code.isEmpty()) {
            return japanese;
        }
        return messages.text("code.Position." + code);
    }

    public String day(Instant instant) {
        return instant == null ? "" : dates.date(LocalDate.ofInstant(instant, CityTime.ZONE));
    }
}
