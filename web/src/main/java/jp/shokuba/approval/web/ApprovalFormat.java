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

    public String day(Instant instant) {
        return instant == null ? "" : dates.date(LocalDate.ofInstant(instant, CityTime.ZONE));
    }
}
