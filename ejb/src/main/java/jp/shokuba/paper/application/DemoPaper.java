package jp.shokuba.paper.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.directory.application.StaffSummary;
import jp.shokuba.directory.application.UnitSummary;
import jp.shokuba.paper.domain.CounterStep;
import jp.shokuba.paper.domain.Device;
import jp.shokuba.paper.domain.Devices;
import jp.shokuba.paper.domain.FiscalYear;
import jp.shokuba.paper.domain.ReadingFlag;
import jp.shokuba.paper.domain.Readings;
import jp.shokuba.paper.domain.Survey;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.DemoData;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The printers of the city's survey sheet (departments and makers of the DX meeting deck), moved onto loopback
 * (127.0.1.x on the demo agents' port), with the baseline year's monthly counts (令和2年度, as the RPA sheet gave
 * them) and daily readings since the start of the previous fiscal year that fall year on year, a silent spell, a counter reset and a
 * 2^32 wrap among them, plus targets and a few paper approvals. {@link DemoAgents} then answers for the devices.
 */
@Stateless
public class DemoPaper implements DemoData {

    /** Address suffix, 課, maker, model, memo, contract yen per sheet: the sample sheet's devices. */
    static final List<String[]> SAMPLE = List.of(
            new String[] {"1", "企画調整課", "XEROX", "ApeosPort C3570", "", "0.78"},
            new String[] {"2", "広報広聴課", "XEROX", "ApeosPort C3570", "", "0.78"},
            new String[] {"3", "広報広聴課", "XEROX", "ApeosPort C2570", "", "0.78"},
            new String[] {"4", "交通政策課", "XEROX", "ApeosPort C3570", "", "0.78"},
            new String[] {"5", "情報政策課", "XEROX", "ApeosPort C5570", "情報事務室内", "0.78"},
            new String[] {"6", "調査統計室", "XEROX", "ApeosPort C2570", "", "0.78"},
            new String[] {"7", "文化政策課", "XEROX", "ApeosPort C2570", "", "0.78"},
            new String[] {"8", "歩ける環境推進課", "XEROX", "ApeosPort C2570", "", "0.78"},
            new String[] {"9", "秘書課", "リコー", "IM C4500", "市長用カラー", "2.50"},
            new String[] {"10", "秘書課", "XEROX", "ApeosPort C3570", "", "0.78"},
            new String[] {"11", "秘書課", "XEROX", "ApeosPort C2570", "", "0.78"});

    /** How much each department prints now against 令和2年度: the ranking has something to show. */
    private static final double[] TREND = {0.74, 0.86, 0.90, 0.81, 0.62, 0.95, 0.79, 0.70, 0.88, 0.84, 0.92};

    @Inject
    Devices devices;

    @Inject
    Readings readings;

    @Inject
    DeviceRegistry registry;

    @Inject
    Clock clock;

    @Inject
    PaperSurveys surveys;

    @Inject
    DirectoryService directory;

    @Inject
    @ConfigProperty(name = "shokuba.paper.demo.agent-port", defaultValue = "16161")
    int agentPort;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public boolean present() {
        return devices.byAddress("127.0.1.1:" + agentPort).isPresent();
    }

    @Override
    public void load() {
        StringBuilder csv = new StringBuilder("ip,url,memo,department,maker,model,contract_yen_per_sheet\n");
        for (String[] s : SAMPLE) {
            csv.append("127.0.1.").append(s[0]).append(':').append(agentPort).append(",http://127.0.1.").append(s[0])
                    .append("/ews/default.htm,").append(s[4]).append(',').append(s[1]).append(',').append(s[2]).append(',')
                    .append(s[3]).append(',').append(s[5]).append('\n');
        }
        try {
            registry.importCsv(csv.toString().getBytes(StandardCharsets.UTF_8));
        } catch (BusinessException e) {
            throw new IllegalStateException("demo devices not imported", e);
        }
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < SAMPLE.size(); i++) {
            Device d = devices.byAddress("127.0.1." + SAMPLE.get(i)[0] + ":" + agentPort).orElseThrow();
            history(d, i, today);
        }
        int year = FiscalYear.of(today).year();
        for (Device d : devices.all()) {
            readings.putTarget(d.departmentCode(), year, BigDecimal.valueOf(15));
            readings.putTarget(d.departmentCode(), year - 1, BigDecimal.valueOf(10));
            for (int m = 1; m <= 12; m++) {
                readings.putPaperApprovals(d.departmentCode(), YearMonth.from(today).minusMonths(m), 2 + (int) (d.id() % 4));
            }
        }
        try {
            survey();
        } catch (BusinessException e) {
            throw new IllegalStateException("demo survey not loaded", e);
        }
    }

    /** The deck's survey, two rounds: fewer departments say いいえ the second time, and why not. */
    private void survey() throws BusinessException {
        long id = surveys.define("ペーパーレス取組状況調査", List.of(
                new PaperSurveys.QuestionInput("SINGLE", "会議資料をペーパーレスにしていますか", List.of("はい", "一部", "いいえ"), "いいえ"),
                new PaperSurveys.QuestionInput("MULTIPLE", "紙を使い続ける理由", List.of("紙に慣れている", "紙に書き込みたい",
                        "上司が紙を求める", "スキャンが面倒", "個人情報を含む"), null),
                new PaperSurveys.QuestionInput("TEXT", "工夫していること", List.of(), null)));
        List<Long> q = surveys.survey(id).questions().stream().map(Survey.Question::id).toList();
        List<String> departments = devices.all().stream().map(Device::departmentCode).distinct().toList();
        String[][] first = {{"いいえ", "上司が紙を求める"}, {"一部", "紙に書き込みたい"}, {"いいえ", "紙に慣れている"}, {"はい", "個人情報を含む"},
                {"一部", "スキャンが面倒"}, {"いいえ", "紙に書き込みたい"}, {"一部", "紙に慣れている"}, {"いいえ", "上司が紙を求める"}};
        String[][] second = {{"一部", "上司が紙を求める"}, {"はい", "紙に書き込みたい"}, {"一部", "紙に慣れている"}, {"はい", "個人情報を含む"},
                {"はい", "スキャンが面倒"}, {"いいえ", "紙に書き込みたい"}, {"はい", "紙に慣れている"}, {"一部", "上司が紙を求める"}};
        long r1 = surveys.send(id, "第1回", departments);
        long r2 = surveys.send(id, "第2回", departments);
        for (int i = 0; i < departments.size(); i++) {
            Optional<String> login = memberOf(departments.get(i));
            if (login.isEmpty()) {
                continue;
            }
            for (long round : List.of(r1, r2)) {
                String[] a = (round == r1 ? first : second)[i % first.length];
                surveys.answer(login.get(), round, List.of(
                        new PaperSurveys.AnswerInput(q.get(0), List.of(a[0]), "", a[0].equals("いいえ") ? "タブレットが足りず、資料に書き込めないため" : ""),
                        new PaperSurveys.AnswerInput(q.get(1), List.of(a[1]), "", ""),
                        new PaperSurveys.AnswerInput(q.get(2), List.of(), round == r1 ? "両面印刷を既定にした" : "会議はモニターに資料を映している", "")));
            }
        }
    }

    private Optional<String> memberOf(String departmentCode) {
        for (UnitSummary u : directory.organisation()) {
            if (u.code().equals(departmentCode) || u.parentCode().equals(departmentCode)) {
                try {
                    Optional<String> login = directory.members(u.code()).stream().map(StaffSummary::login).findFirst();
                    if (login.isPresent()) {
                        return login;
                    }
                } catch (BusinessException gone) {
                    // removed meanwhile
                }
            }
        }
        return Optional.empty();
    }

    private void history(Device d, int i, LocalDate today) {
        List<Readings.Reading> rows = new ArrayList<>();
        history(d, i, today, rows);
        readings.putAll(rows);
    }

    private void history(Device d, int i, LocalDate today, List<Readings.Reading> out) {
        Random random = new Random(42 + i);
        int baseMonthly = 6_000 + random.nextInt(8_000);
        FiscalYear baseline = new FiscalYear(2020);
        for (YearMonth m : baseline.months()) {
            readings.putMonthly(d.id(), m, Math.round(baseMonthly * (0.85 + 0.3 * random.nextDouble())));
        }
        String serial = d.maker().equals("リコー") ? "RCH-" + (3100 + i) : "XRX-" + (7200 + i);
        d.reportsSerial(serial);
        // 令和2年度 to now: the department's trend, reached gradually
        long counter = i == 8 ? CounterStep.WRAP_AT - 40_000 : 150_000L + 37_000L * i;
        LocalDate first = FiscalYear.of(today).previous().first().minusDays(1);
        long span = ChronoUnit.DAYS.between(first, today);
        out.add(new Readings.Reading(d.id(), first, counter, 0, ReadingFlag.BASELINE, serial));
        LocalDate resetDay = today.minusDays(100);
        LocalDate silentFrom = today.minusDays(45).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
        int silentDays = i == 3 ? 3 : 0;
        long pending = 0;
        for (LocalDate day = first.plusDays(1); day.isBefore(today); day = day.plusDays(1)) {
            boolean workday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            double progress = Math.min(1, (double) ChronoUnit.DAYS.between(first, day) / span);
            double factor = 1 - (1 - TREND[i]) * (0.7 + 0.3 * progress);
            long pages = workday ? Math.round(baseMonthly / 21.0 * factor * (0.7 + 0.6 * random.nextDouble())) : 0;
            if (i == 5 && day.equals(resetDay)) {
                counter = 25;
                out.add(new Readings.Reading(d.id(), day, counter, 0, ReadingFlag.RESET, serial));
                continue;
            }
            if (silentDays > 0 && !day.isBefore(silentFrom) && day.isBefore(silentFrom.plusDays(silentDays))) {
                pending += pages;
                continue;
            }
            if (pending > 0) {
                long[] shares = CounterStep.spread(pending + pages, silentDays + 1);
                for (int k = 0; k < silentDays; k++) {
                    out.add(new Readings.Reading(d.id(), silentFrom.plusDays(k), null, shares[k], ReadingFlag.BRIDGED, null));
                }
                counter += pending + pages;
                out.add(new Readings.Reading(d.id(), day, counter, shares[silentDays], ReadingFlag.BRIDGED, serial));
                pending = 0;
                continue;
            }
            long next = counter + pages;
            ReadingFlag flag = counter < CounterStep.WRAP_AT && next >= CounterStep.WRAP_AT ? ReadingFlag.WRAP : ReadingFlag.NORMAL;
            counter = next >= CounterStep.WRAP_AT ? next - CounterStep.WRAP_AT : next;
            out.add(new Readings.Reading(d.id(), day, counter, pages, flag, serial));
        }
    }
}
