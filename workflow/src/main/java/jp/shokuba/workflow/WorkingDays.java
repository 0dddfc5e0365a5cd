package jp.shokuba.workflow;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import jp.shokuba.platform.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * {@code ${workingDays}} in timer expressions: the moment a number of the city hall's working days from
 * the engine's now (so that process tests can move the engine's clock).
 */
public final class WorkingDays {

    private final BusinessCalendar calendar;
    private final ZoneId zone;

    public WorkingDays(BusinessCalendar calendar, ZoneId zone) {
        this.calendar = calendar;
        this.zone = zone;
    }

    public Date after(Object days) {
        int n = ((Number) days).intValue();
        LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
        return Date.from(calendar.addWorkingDays(now, n).atZone(zone).toInstant());
    }
}
