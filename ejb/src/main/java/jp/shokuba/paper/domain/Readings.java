package jp.shokuba.paper.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The daily readings, the monthly counts of the survey sheet, the cost constants, targets and paper approvals. */
public interface Readings {

    record Reading(long deviceId, LocalDate day, Long counter, long pages, ReadingFlag flag, String serial) {
    }

    record MonthPages(long deviceId, YearMonth month, long pages) {
    }

    record Constant(String key, BigDecimal value, String unit, String label, String source) {
    }

    /** Pages of one of a device's extra counters in a month (colour, mono, A3). */
    record CounterMonthPages(long deviceId, CounterKind kind, YearMonth month, long pages) {
    }

    /** The last day before {@code day} on which the device answered this counter. */
    Optional<Reading> lastAnswerBefore(long deviceId, CounterKind kind, LocalDate day);

    default Optional<Reading> lastAnswerBefore(long deviceId, LocalDate day) {
        return lastAnswerBefore(deviceId, CounterKind.TOTAL, day);
    }

    Optional<Reading> on(long deviceId, CounterKind kind, LocalDate day);

    /** Writes the day's reading of the counter, replacing one of the same day. */
    void put(CounterKind kind, Reading reading);

    /** Many readings of the total at once (the demo's history); a day already written is replaced. */
    void putAll(List<Reading> readings);

    List<Reading> between(long deviceId, CounterKind kind, LocalDate from, LocalDate to);

    default List<Reading> between(long deviceId, LocalDate from, LocalDate to) {
        return between(deviceId, CounterKind.TOTAL, from, to);
    }

    /** Pages of the extra counters per device, counter and month, for days in [from, to). */
    List<CounterMonthPages> monthlyByCounter(LocalDate from, LocalDate to);

    /** Pages per device and month, from the daily readings and the monthly counts, for days in [from, to). */
    List<MonthPages> monthly(LocalDate from, LocalDate to);

    void putMonthly(long deviceId, YearMonth month, long pages);

    List<Constant> constants();

    boolean updateConstant(String key, BigDecimal value);

    Map<String, BigDecimal> targets(int fiscalYear);

    void putTarget(String departmentCode, int fiscalYear, BigDecimal percent);

    /** Paper approvals registered by hand per department code, for months in [from, to). */
    Map<String, Long> paperApprovals(LocalDate from, LocalDate to);

    void putPaperApprovals(String departmentCode, YearMonth month, int count);
}
