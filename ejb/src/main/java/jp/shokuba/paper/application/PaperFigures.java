package jp.shokuba.paper.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.directory.application.UnitSummary;
import jp.shokuba.paper.domain.CostModel;
import jp.shokuba.paper.domain.CounterKind;
import jp.shokuba.paper.domain.Device;
import jp.shokuba.paper.domain.Devices;
import jp.shokuba.paper.domain.FiscalYear;
import jp.shokuba.paper.domain.Readings;
import jp.shokuba.platform.BusinessException;

/**
 * Pages per device, 課, 部 and the city, per month of a fiscal year (April to March), with the same months of the
 * previous year and of the baseline year, the reduction against the baseline and the department's target, pages per
 * employee (staff counts from the directory) and the cost model. A year still running is compared month for month:
 * only its complete months count, on both sides, so a half year is never set against a whole one.
 */
@Stateless
public class PaperFigures {

    @Inject
    Devices devices;

    @Inject
    Readings readings;

    @Inject
    DirectoryService directory;

    @Inject
    Clock clock;

    /** One row of the figures: a device, a 課, a 部 or the city. Months run April … March. */
    public record Figures(String level, String code, String name, String parentCode, long pages, long lastYearPages,
                          long baselinePages, Double reductionPercent, Double lastYearChangePercent, BigDecimal targetPercent,
                          Boolean targetMet, int staff, Double pagesPerStaff, CostModel.Cost cost, Integer rank,
                          List<Long> months, List<Long> lastYearMonths, int monthsCounted, Split split) {
    }

    /**
     * The colour, monochrome and A3 pages among {@link Figures#pages()}, each null when none of the devices counted
     * has that counter: a sum over only some devices is marked by {@code partial}.
     */
    public record Split(Long colourPages, Long monoPages, Long largePages, boolean partial) {
        public static final Split UNKNOWN = new Split(null, null, null, false);

        public Long pages(CounterKind kind) {
            return switch (kind) {
                case COLOUR -> colourPages;
                case MONO -> monoPages;
                case LARGE -> largePages;
                case TOTAL -> null;
            };
        }
    }

    public record Overview(int fiscalYear, int baselineFiscalYear, int monthsCounted, Figures city, List<Figures> divisions,
                           List<Figures> departments, List<Readings.Constant> constants) {
    }

    public Overview overview(int fiscalYear) throws BusinessException {
        FiscalYear fy = year(fiscalYear);
        CostModel model = costModel();
        int baseline = model.baselineFiscalYear();
        int counted = monthsCounted(fy);
        Map<Long, long[]> current = byDevice(fy);
        Map<Long, long[]> lastYear = byDevice(fy.previous());
        Map<Long, long[]> base = byDevice(new FiscalYear(baseline));
        Map<Long, Map<CounterKind, long[]>> split = byDeviceAndCounter(fy);
        Map<String, UnitSummary> units = directory.organisation().stream().collect(Collectors.toMap(UnitSummary::code, u -> u));
        Map<String, BigDecimal> targets = readings.targets(fiscalYear);
        Map<String, List<Device>> byDepartment = devices.all().stream()
                .collect(Collectors.groupingBy(Device::departmentCode, LinkedHashMap::new, Collectors.toList()));

        List<Figures> departments = new ArrayList<>();
        Map<String, Acc> divisions = new LinkedHashMap<>();
        Acc city = new Acc();
        for (Map.Entry<String, List<Device>> e : byDepartment.entrySet()) {
            Acc acc = new Acc();
            for (Device d : e.getValue()) {
                acc.add(d, current, lastYear, base, split, model);
            }
            UnitSummary unit = units.get(e.getKey());
            String division = unit == null ? "" : unit.parentCode();
            int staff = staffOf(e.getKey(), units);
            acc.staff = staff;
            departments.add(acc.figures("DEPARTMENT", e.getKey(), unit == null ? e.getKey() : unit.name(), division,
                    targets.get(e.getKey()), counted));
            divisions.computeIfAbsent(division, k -> new Acc()).merge(acc);
            city.merge(acc);
        }
        departments = ranked(departments);
        List<Figures> divisionFigures = new ArrayList<>();
        divisions.forEach((code, acc) -> divisionFigures.add(acc.figures("DIVISION", code,
                units.containsKey(code) ? units.get(code).name() : code, "", null, counted)));
        return new Overview(fiscalYear, baseline, counted, city.figures("CITY", "", "市全体", "", null, counted),
                ranked(divisionFigures), departments, readings.constants());
    }

    /** The devices of one 課 with their figures. */
    public List<Figures> devicesOf(String departmentCode, int fiscalYear) throws BusinessException {
        FiscalYear fy = year(fiscalYear);
        CostModel model = costModel();
        int counted = monthsCounted(fy);
        Map<Long, long[]> current = byDevice(fy);
        Map<Long, long[]> lastYear = byDevice(fy.previous());
        Map<Long, long[]> base = byDevice(new FiscalYear(model.baselineFiscalYear()));
        Map<Long, Map<CounterKind, long[]>> split = byDeviceAndCounter(fy);
        List<Figures> rows = new ArrayList<>();
        for (Device d : devices.all()) {
            if (d.departmentCode().equals(departmentCode)) {
                Acc acc = new Acc();
                acc.add(d, current, lastYear, base, split, model);
                rows.add(acc.figures("DEVICE", Long.toString(d.id()), d.maker() + " " + d.model() + " (" + d.address() + ")",
                        departmentCode, null, counted));
            }
        }
        return rows;
    }

    public CostModel costModel() {
        Map<String, BigDecimal> values = new HashMap<>();
        readings.constants().forEach(c -> values.put(c.key(), c.value()));
        return new CostModel(values);
    }

    public int currentFiscalYear() {
        return FiscalYear.of(LocalDate.now(clock)).year();
    }

    /** Complete months of the year by today: 12 for a past year, none for a future one; the month running is not counted. */
    int monthsCounted(FiscalYear fy) {
        YearMonth now = YearMonth.now(clock);
        if (!now.isBefore(YearMonth.from(fy.end()))) {
            return 12;
        }
        if (now.isBefore(YearMonth.from(fy.first()))) {
            return 0;
        }
        return fy.indexOf(now);
    }

    private static FiscalYear year(int fiscalYear) throws BusinessException {
        if (fiscalYear < 2000 || fiscalYear > 2100) {
            throw BusinessException.invalid("input.invalid", "年度は2000〜2100で指定してください（" + fiscalYear + "）");
        }
        return new FiscalYear(fiscalYear);
    }

    private Map<Long, long[]> byDevice(FiscalYear fy) {
        Map<Long, long[]> months = new HashMap<>();
        for (Readings.MonthPages m : readings.monthly(fy.first(), fy.end())) {
            months.computeIfAbsent(m.deviceId(), k -> new long[12])[fy.indexOf(m.month())] += m.pages();
        }
        return months;
    }

    private Map<Long, Map<CounterKind, long[]>> byDeviceAndCounter(FiscalYear fy) {
        Map<Long, Map<CounterKind, long[]>> months = new HashMap<>();
        for (Readings.CounterMonthPages m : readings.monthlyByCounter(fy.first(), fy.end())) {
            months.computeIfAbsent(m.deviceId(), k -> new EnumMap<>(CounterKind.class))
                    .computeIfAbsent(m.kind(), k -> new long[12])[fy.indexOf(m.month())] += m.pages();
        }
        return months;
    }

    private int staffOf(String departmentCode, Map<String, UnitSummary> units) {
        int staff = 0;
        for (UnitSummary u : units.values()) {
            if (u.code().equals(departmentCode) || u.parentCode().equals(departmentCode)) {
                try {
                    staff += directory.members(u.code()).size();
                } catch (BusinessException gone) {
                    // the unit was removed meanwhile: it has no members to count
                }
            }
        }
        return staff;
    }

    /** Rank 1 is the largest reduction; departments without a baseline are not ranked. */
    private static List<Figures> ranked(List<Figures> rows) {
        List<Figures> sorted = rows.stream().filter(f -> f.reductionPercent() != null)
                .sorted(Comparator.comparingDouble(Figures::reductionPercent).reversed()).toList();
        List<Figures> out = new ArrayList<>();
        for (Figures f : rows) {
            int rank = sorted.indexOf(f);
            out.add(rank < 0 ? f : new Figures(f.level(), f.code(), f.name(), f.parentCode(), f.pages(), f.lastYearPages(),
                    f.baselinePages(), f.reductionPercent(), f.lastYearChangePercent(), f.targetPercent(), f.targetMet(),
                    f.staff(), f.pagesPerStaff(), f.cost(), rank + 1, f.months(), f.lastYearMonths(), f.monthsCounted(), f.split()));
        }
        out.sort(Comparator.comparing((Figures f) -> f.rank() == null ? Integer.MAX_VALUE : f.rank()).thenComparing(Figures::code));
        return out;
    }

    /** Sums of a set of devices. */
    private static final class Acc {
        final long[] months = new long[12];
        final long[] lastYearMonths = new long[12];
        final long[] baseMonths = new long[12];
        final Map<CounterKind, long[]> splitMonths = new EnumMap<>(CounterKind.class);
        int devices;
        final Map<CounterKind, Integer> devicesWithCounter = new EnumMap<>(CounterKind.class);
        CostModel.Cost cost = CostModel.Cost.none();
        int staff;

        /** A device's months; its extra counters count where they are configured or were read this year. */
        void add(Device d, Map<Long, long[]> current, Map<Long, long[]> lastYear, Map<Long, long[]> base,
                 Map<Long, Map<CounterKind, long[]>> split, CostModel model) {
            long[] c = current.getOrDefault(d.id(), new long[12]);
            long[] l = lastYear.getOrDefault(d.id(), new long[12]);
            long[] b = base.getOrDefault(d.id(), new long[12]);
            long pages = 0;
            for (int i = 0; i < 12; i++) {
                months[i] += c[i];
                lastYearMonths[i] += l[i];
                baseMonths[i] += b[i];
                pages += c[i];
            }
            devices++;
            Map<CounterKind, long[]> own = split.getOrDefault(d.id(), Map.of());
            Long colour = null;
            for (CounterKind kind : CounterKind.extras()) {
                if (!own.containsKey(kind) && !d.counterSetup().oids().containsKey(kind)) {
                    continue;
                }
                long[] k = own.getOrDefault(kind, new long[12]);
                long[] sum = splitMonths.computeIfAbsent(kind, x -> new long[12]);
                long year = 0;
                for (int i = 0; i < 12; i++) {
                    sum[i] += k[i];
                    year += k[i];
                }
                devicesWithCounter.merge(kind, 1, Integer::sum);
                if (kind == CounterKind.COLOUR) {
                    colour = year;
                }
            }
            cost = cost.plus(model.of(pages, colour, d.contractYenPerSheet(), d.counterSetup().contractColourYenPerSheet()));
        }

        void merge(Acc o) {
            for (int i = 0; i < 12; i++) {
                months[i] += o.months[i];
                lastYearMonths[i] += o.lastYearMonths[i];
                baseMonths[i] += o.baseMonths[i];
            }
            o.splitMonths.forEach((kind, m) -> {
                long[] sum = splitMonths.computeIfAbsent(kind, x -> new long[12]);
                for (int i = 0; i < 12; i++) {
                    sum[i] += m[i];
                }
            });
            o.devicesWithCounter.forEach((kind, n) -> devicesWithCounter.merge(kind, n, Integer::sum));
            devices += o.devices;
            cost = cost.plus(o.cost);
            staff += o.staff;
        }

        /** The split over the counted months, like the pages. */
        Split split(int counted) {
            Map<CounterKind, Long> pages = new EnumMap<>(CounterKind.class);
            boolean partial = false;
            for (Map.Entry<CounterKind, long[]> e : splitMonths.entrySet()) {
                long sum = 0;
                for (int i = 0; i < counted; i++) {
                    sum += e.getValue()[i];
                }
                pages.put(e.getKey(), sum);
                partial |= devicesWithCounter.getOrDefault(e.getKey(), 0) < devices;
            }
            return pages.isEmpty() ? Split.UNKNOWN : new Split(pages.get(CounterKind.COLOUR), pages.get(CounterKind.MONO),
                    pages.get(CounterKind.LARGE), partial);
        }

        Figures figures(String level, String code, String name, String parent, BigDecimal target, int counted) {
            long pages = 0;
            long last = 0;
            long base = 0;
            for (int i = 0; i < counted; i++) {
                pages += months[i];
                last += lastYearMonths[i];
                base += baseMonths[i];
            }
            Double reduction = base == 0 ? null : round1(100.0 * (base - pages) / base);
            Double change = last == 0 ? null : round1(100.0 * (pages - last) / last);
            Boolean met = target == null || reduction == null ? null : reduction >= target.doubleValue();
            Double perStaff = staff == 0 ? null : round1((double) pages / staff);
            List<Long> m = new ArrayList<>();
            List<Long> l = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                m.add(months[i]);
                l.add(lastYearMonths[i]);
            }
            return new Figures(level, code, name, parent, pages, last, base, reduction, change, target, met, staff,
                    perStaff, cost, null, m, l, counted, split(counted));
        }

        private static Double round1(double v) {
            return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).doubleValue();
        }
    }
}
