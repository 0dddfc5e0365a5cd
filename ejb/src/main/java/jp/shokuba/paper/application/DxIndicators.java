package jp.shokuba.paper.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.shokuba.approval.application.ApprovalStatistics;
import jp.shokuba.paper.domain.CostModel;
import jp.shokuba.paper.domain.FiscalYear;
import jp.shokuba.paper.domain.Readings;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.seating.application.SeatingAnalytics;

/**
 * The DX indicators per department for a fiscal year. Each comes from the context that owns the fact, through its
 * service: electronic approvals from approval (with the paper approvals registered here by hand), desk use from
 * seating, printed pages from the paper figures. Paperless meetings and scanned pages are NOT_MEASURED until their
 * contexts exist. Pages avoided are estimates (a constant per meeting and per e-approval) and say so.
 */
@Stateless
public class DxIndicators {

    public static final String NOT_MEASURED = "NOT_MEASURED";

    @Inject
    PaperFigures figures;

    @Inject
    ApprovalStatistics approvals;

    @Inject
    SeatingAnalytics seating;

    @Inject
    Readings readings;

    @Inject
    Clock clock;

    /** A measured value, or none with the reason (NOT_MEASURED, NO_DATA); {@code estimate} marks an estimate. */
    public record Indicator(String key, Double value, String unit, String status, boolean estimate) {
        static Indicator of(String key, Double value, String unit) {
            return new Indicator(key, value, unit, value == null ? "NO_DATA" : "MEASURED", false);
        }

        static Indicator notMeasured(String key, String unit) {
            return new Indicator(key, null, unit, NOT_MEASURED, false);
        }
    }

    public record DepartmentIndicators(String code, String name, long electronicApprovals, long paperApprovals,
                                       List<Indicator> indicators) {
    }

    public record Report(int fiscalYear, Indicator deskUtilisation, List<DepartmentIndicators> departments) {
    }

    public Report report(int fiscalYear) throws BusinessException {
        PaperFigures.Overview overview = figures.overview(fiscalYear);
        FiscalYear fy = new FiscalYear(fiscalYear);
        CostModel model = figures.costModel();
        Map<String, Long> electronic = approvals.approvedPerDepartment(fiscalYear);
        Map<String, Long> paper = readings.paperApprovals(fy.first(), fy.end());
        Indicator desks = deskUtilisation(fy);
        List<DepartmentIndicators> rows = new ArrayList<>();
        for (PaperFigures.Figures f : overview.departments()) {
            long e = electronic.getOrDefault(f.code(), 0L);
            long p = paper.getOrDefault(f.code(), 0L);
            Double rate = e + p == 0 ? null : Math.round(1000.0 * e / (e + p)) / 10.0;
            List<Indicator> list = List.of(
                    Indicator.notMeasured("paperlessMeetingRate", "%"),
                    Indicator.of("electronicApprovalRate", rate, "%"),
                    Indicator.notMeasured("scannedPages", "枚"),
                    new Indicator("deskUtilisation", desks.value(), "%", desks.status(), false),
                    Indicator.of("pagesPerEmployee", f.pagesPerStaff(), "枚/人"),
                    new Indicator("pagesAvoidedByEApproval", (double) (e * model.get("pages_per_e_approval").longValue()),
                            "枚", "ESTIMATE", true),
                    Indicator.notMeasured("pagesAvoidedByPaperlessMeetings", "枚"));
            rows.add(new DepartmentIndicators(f.code(), f.name(), e, p, list));
        }
        return new Report(fiscalYear, desks, rows);
    }

    /** Desk use of the whole city hall (seating measures floors, not departments) over the year's days so far. */
    private Indicator deskUtilisation(FiscalYear fy) {
        LocalDate today = LocalDate.now(clock);
        LocalDate to = fy.end().minusDays(1).isBefore(today) ? fy.end().minusDays(1) : today;
        if (to.isBefore(fy.first())) {
            return Indicator.of("deskUtilisation", null, "%");
        }
        try {
            SeatingAnalytics.Report r = seating.report(fy.first(), to);
            long available = r.floors().stream().mapToLong(SeatingAnalytics.Use::available).sum();
            long used = r.floors().stream().mapToLong(SeatingAnalytics.Use::used).sum();
            return Indicator.of("deskUtilisation", available == 0 ? null : Math.round(1000.0 * used / available) / 10.0, "%");
        } catch (BusinessException e) {
            return Indicator.of("deskUtilisation", null, "%");
        }
    }
}
