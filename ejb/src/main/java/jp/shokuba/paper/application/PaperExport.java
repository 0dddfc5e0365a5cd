package jp.shokuba.paper.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.shokuba.paper.domain.FiscalYear;
import jp.shokuba.paper.infrastructure.ReportPdf;
import jp.shokuba.paper.infrastructure.XlsxSheet;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.Wareki;

/** The figures as CSV (UTF-8 with a byte-order mark, so that Excel reads the Japanese) and the monthly PDF report. */
@Stateless
public class PaperExport {

    @Inject
    PaperFigures figures;

    @Inject
    Clock clock;

    private static final List<String> HEADINGS = List.of("区分", "コード", "名称", "上位コード", "印刷枚数", "前年度同期",
            "基準年度同期", "基準年度比削減率(%)", "目標削減率(%)", "目標達成", "職員数", "職員1人あたり枚数", "費用(円)", "用紙(円)",
            "トナー(円)", "電気(円)", "カウンター料金(円)", "CO2(kg)", "立木(本)", "順位");

    /** The city, the 部 and the 課 with their months: one row each, numbers as numbers. */
    List<List<Object>> rows(PaperFigures.Overview o) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> head = new ArrayList<>(HEADINGS);
        for (FiscalYear.MonthName m : FiscalYear.MonthName.values()) {
            head.add(m.label());
        }
        // after the months, so that the columns read before stay where they were
        head.addAll(List.of("カラー枚数", "モノクロ枚数", "A3枚数"));
        rows.add(head);
        List<PaperFigures.Figures> all = new ArrayList<>();
        all.add(o.city());
        all.addAll(o.divisions());
        all.addAll(o.departments());
        for (PaperFigures.Figures f : all) {
            List<Object> row = new ArrayList<>(List.of(f.level(), f.code(), f.name(), f.parentCode(), f.pages(), f.lastYearPages(),
                    f.baselinePages()));
            row.add(f.reductionPercent());
            row.add(f.targetPercent());
            row.add(f.targetMet() == null ? null : f.targetMet() ? "達成" : "未達成");
            row.add(f.staff());
            row.add(f.pagesPerStaff());
            row.addAll(List.of(f.cost().totalYen(), f.cost().paperYen(), f.cost().tonerYen(), f.cost().electricityYen(),
                    f.cost().contractYen(), f.cost().co2Kg(), f.cost().trees()));
            row.add(f.rank());
            row.addAll(f.months());
            row.add(f.split().colourPages());
            row.add(f.split().monoPages());
            row.add(f.split().largePages());
            rows.add(row);
        }
        return rows;
    }

    public byte[] csv(PaperFigures.Overview o) {
        StringBuilder b = new StringBuilder("\uFEFF");
        for (List<Object> row : rows(o)) {
            for (int i = 0; i < row.size(); i++) {
                Object v = row.get(i);
                String text = v == null ? "" : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
                b.append(i == 0 ? "" : ",").append(quote(text));
            }
            b.append("\r\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx(PaperFigures.Overview o) {
        return XlsxSheet.write(o.fiscalYear() + "年度", rows(o));
    }

    /** The DX meeting's monthly report: the city and each 課 for the month against the same month last year, and the year so far. */
    public byte[] monthlyReport(YearMonth month) throws BusinessException {
        FiscalYear fy = FiscalYear.of(month.atDay(1));
        PaperFigures.Overview o = figures.overview(fy.year());
        int i = fy.indexOf(month);
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.JAPAN);
        String monthName = Wareki.yearOf(month.atDay(1)) + month.getMonthValue() + "月";
        PaperFigures.Figures city = o.city();
        List<ReportPdf.Section> sections = new ArrayList<>();
        sections.add(new ReportPdf.Section("1. 市全体", List.of(
                monthName + "の印刷枚数: " + n.format(city.months().get(i)) + " 枚（前年同月 " + n.format(city.lastYearMonths().get(i))
                        + " 枚、" + change(city.months().get(i), city.lastYearMonths().get(i)) + "）",
                Wareki.yearOf(fy.first()).replace("年", "年度") + "累計: " + n.format(city.pages()) + " 枚、基準年度（"
                        + Wareki.yearOf(new FiscalYear(o.baselineFiscalYear()).first()).replace("年", "年度") + "）比 "
                        + (city.reductionPercent() == null ? "基準なし" : city.reductionPercent() + "% 削減"),
                "費用 " + n.format(city.cost().totalYen().setScale(0, RoundingMode.HALF_UP)) + " 円（用紙・トナー・電気・カウンター料金）、CO2 "
                        + city.cost().co2Kg().setScale(0, RoundingMode.HALF_UP) + " kg、立木 " + city.cost().trees().setScale(1, RoundingMode.HALF_UP) + " 本相当"),
                null));
        List<List<String>> rows = new ArrayList<>();
        for (PaperFigures.Figures f : o.departments()) {
            rows.add(List.of(f.name(), n.format(f.months().get(i)), n.format(f.lastYearMonths().get(i)),
                    change(f.months().get(i), f.lastYearMonths().get(i)),
                    f.reductionPercent() == null ? "—" : f.reductionPercent() + "%",
                    f.targetPercent() == null ? "—" : f.targetPercent().stripTrailingZeros().toPlainString() + "%",
                    f.rank() == null ? "—" : f.rank() + "位"));
        }
        sections.add(new ReportPdf.Section("2. 課別（削減率の順位）", List.of(), new ReportPdf.Table(
                List.of("課", monthName, "前年同月", "前年同月比", "基準年度比削減", "目標", "順位"),
                List.of(130f, 65f, 65f, 65f, 75f, 45f, 40f), rows)));
        List<String> constants = new ArrayList<>();
        o.constants().forEach(c -> constants.add(c.label() + ": " + c.value().toPlainString() + " " + c.unit() + "（" + c.source() + "）"));
        sections.add(new ReportPdf.Section("3. 費用の算定に用いた定数", constants, null));
        try {
            return ReportPdf.render("紙の削減状況 月次報告（" + monthName + "）　作成日 " + Wareki.date(LocalDate.now(clock)), sections);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String change(long now, long before) {
        if (before == 0) {
            return "前年なし";
        }
        BigDecimal p = BigDecimal.valueOf(100.0 * (now - before) / before).setScale(1, RoundingMode.HALF_UP);
        return (p.signum() > 0 ? "+" : "") + p.toPlainString() + "%";
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
