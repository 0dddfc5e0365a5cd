package jp.shokuba.seating.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import jp.shokuba.platform.web.Messages;
import jp.shokuba.seating.application.SeatingAnalytics;

/** Desk use for facilities staff over a period (last month by default), with a CSV of the same figures. */
@Named
@ViewScoped
public class AnalyticsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SeatingAnalytics analytics;

    @Inject
    transient Messages messages;

    @Inject
    transient Clock clock;

    private LocalDate from;
    private LocalDate to;
    private transient SeatingAnalytics.Report report;

    @PostConstruct
    void init() {
        LocalDate firstOfMonth = LocalDate.now(clock).withDayOfMonth(1);
        from = firstOfMonth.minusMonths(1);
        to = firstOfMonth.minusDays(1);
        run();
    }

    public void run() {
        messages.attempt(() -> {
            report = analytics.report(from, to);
        });
    }

    public SeatingAnalytics.Report getReport() {
        if (report == null) {
            run();
        }
        return report;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
