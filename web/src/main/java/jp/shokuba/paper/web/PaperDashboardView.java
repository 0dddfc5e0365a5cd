package jp.shokuba.paper.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.shokuba.paper.application.DxIndicators;
import jp.shokuba.paper.application.PaperFigures;
import jp.shokuba.paper.application.PaperSettings;
import jp.shokuba.paper.domain.FiscalYear;
import jp.shokuba.paper.domain.Readings;
import jp.shokuba.platform.Wareki;
import jp.shokuba.platform.web.CurrentUser;
import jp.shokuba.platform.web.Messages;

/**
 * The paper dashboard: the figures of one level (the city, a 部, a 課) with its months against last year, the rows of
 * the level below to drill into, the ranking of the 課 with the reader's own highlighted, the indicators and the cost
 * model's constants (editable by ADMIN).
 */
@Named
@ViewScoped
public class PaperDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PaperFigures figures;

    @Inject
    transient DxIndicators indicators;

    @Inject
    transient PaperSettings settings;

    @Inject
    transient CurrentUser user;

    @Inject
    transient SecurityContext security;

    @Inject
    transient Messages messages;

    @Inject
    transient Clock clock;

    private int fiscalYear;
    private String divisionCode;
    private String departmentCode;
    private String reportMonth;
    private final Map<String, BigDecimal> edited = new LinkedHashMap<>();
    private transient PaperFigures.Overview overview;
    private transient List<PaperFigures.Figures> deviceRows;
    private transient DxIndicators.Report indicatorReport;

    @PostConstruct
    void init() {
        fiscalYear = figures.currentFiscalYear();
        reportMonth = YearMonth.now(clock).minusMonths(1).toString();
        load();
    }

    private void load() {
        overview = null;
        deviceRows = null;
        indicatorReport = null;
        messages.attempt(() -> {
            overview = figures.overview(fiscalYear);
            if (departmentCode != null) {
                deviceRows = figures.devicesOf(departmentCode, fiscalYear);
            }
            indicatorReport = indicators.report(fiscalYear);
        });
        edited.clear();
        if (overview != null) {
            overview.constants().forEach(c -> edited.put(c.key(), c.value()));
        }
    }

    public void changeYear() {
        load();
    }

    public void showCity() {
        divisionCode = null;
        departmentCode = null;
        load();
    }

    public void showDivision(String code) {
        divisionCode = code;
        departmentCode = null;
        load();
    }

    public void showDepartment(String code) {
        departmentCode = code;
        divisionCode = overview().departments().stream().filter(d -> d.code().equals(code)).map(PaperFigures.Figures::parentCode)
                .findFirst().orElse(divisionCode);
        load();
    }

    public void saveConstants() {
        for (Readings.Constant c : overview().constants()) {
            BigDecimal value = edited.get(c.key());
            if (value != null && value.compareTo(c.value()) != 0 && !messages.attempt(() -> settings.setConstant(c.key(), value))) {
                return;
            }
        }
        messages.info("paper.constantsSaved");
        load();
    }

    public PaperFigures.Overview overview() {
        if (overview == null) {
            load();
        }
        return overview;
    }

    /** The figures of the level shown. */
    public PaperFigures.Figures getCurrent() {
        if (departmentCode != null) {
            return overview().departments().stream().filter(d -> d.code().equals(departmentCode)).findFirst().orElse(overview().city());
        }
        if (divisionCode != null) {
            return overview().divisions().stream().filter(d -> d.code().equals(divisionCode)).findFirst().orElse(overview().city());
        }
        return overview().city();
    }

    /** The rows of the level below the one shown: 部 of the city, 課 of a 部, devices of a 課. */
    public List<PaperFigures.Figures> getRows() {
        if (departmentCode != null) {
            return deviceRows == null ? List.of() : deviceRows;
        }
        if (divisionCode != null) {
            return overview().departments().stream().filter(d -> d.parentCode().equals(divisionCode)).toList();
        }
        return overview().divisions();
    }

    public String getLevel() {
        return departmentCode != null ? "DEPARTMENT" : divisionCode != null ? "DIVISION" : "CITY";
    }

    public String getDivisionName() {
        return divisionCode == null ? "" : overview().divisions().stream().filter(d -> d.code().equals(divisionCode))
                .map(PaperFigures.Figures::name).findFirst().orElse(divisionCode);
    }

    public String getDepartmentName() {
        return departmentCode == null ? "" : getCurrent().name();
    }

    /** The reader's own 課, whose rank the ranking highlights. */
    public String getOwnDepartment() {
        return user.summary().map(s -> s.departmentCode()).orElse("");
    }

    public PaperFigures.Figures getOwnFigures() {
        return overview().departments().stream().filter(d -> d.code().equals(getOwnDepartment())).findFirst().orElse(null);
    }

    public List<PaperFigures.Figures> getRanking() {
        return overview().departments();
    }

    public DxIndicators.Report getIndicators() {
        return indicatorReport;
    }

    public boolean isAdmin() {
        return security.isCallerInRole("ADMIN");
    }

    /** Chart.js configuration for p:chart: this year's months against last year's. */
    public String getMonthsChart() {
        PaperFigures.Figures f = getCurrent();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (FiscalYear.MonthName m : FiscalYear.MonthName.values()) {
            labels.add(m.label());
        }
        JsonArrayBuilder now = Json.createArrayBuilder();
        JsonArrayBuilder before = Json.createArrayBuilder();
        f.months().forEach(now::add);
        f.lastYearMonths().forEach(before::add);
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", messages.text("paper.lastYear")).add("data", before)
                                .add("backgroundColor", "#b0bec5"))
                        .add(Json.createObjectBuilder().add("label", yearName(fiscalYear)).add("data", now)
                                .add("backgroundColor", "#2e7d32"))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("responsive", true)
                        .add("maintainAspectRatio", false))
                .build().toString();
    }

    /** Chart.js configuration: reduction against the baseline per 課, in rank order. */
    public String getRankingChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (PaperFigures.Figures d : getRanking()) {
            if (d.reductionPercent() != null) {
                labels.add(d.name());
                values.add(d.reductionPercent());
                colours.add(d.code().equals(getOwnDepartment()) ? "#ef6c00" : "#1565c0");
            }
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", messages.text("paper.reduction")).add("data", values)
                                .add("backgroundColor", colours))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("indexAxis", "y")
                        .add("maintainAspectRatio", false))
                .build().toString();
    }

    public List<Integer> getYears() {
        int now = figures.currentFiscalYear();
        List<Integer> years = new ArrayList<>();
        for (int y = now; y >= now - 3; y--) {
            years.add(y);
        }
        return years;
    }

    public String yearName(int year) {
        return Wareki.yearOf(LocalDate.of(year, 4, 1)).replace("年", "年度") + "（" + year + "）";
    }

    public String getBaselineName() {
        return yearName(overview().baselineFiscalYear());
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public void setFiscalYear(int fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    public String getReportMonth() {
        return reportMonth;
    }

    public void setReportMonth(String reportMonth) {
        this.reportMonth = reportMonth;
    }

    public Map<String, BigDecimal> getEdited() {
        return edited;
    }
}
