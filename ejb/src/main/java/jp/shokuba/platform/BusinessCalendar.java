package jp.shokuba.platform;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The city hall's working days (開庁日): not Saturday or Sunday, not a Japanese public holiday
 * (国民の祝日, with 振替休日 and 国民の休日), and not the year-end closure 12/29–1/3. Reminders count
 * in these days, and desks can be booked only on these days (unless a floor is opened on a closed day).
 * <p>
 * Jollyday's JAPAN calendar supplies the fixed and Monday holidays. Its data lacks the equinox days
 * (春分の日, 秋分の日, set each year by the Cabinet Office's almanac and computed here by the formula the
 * almanac follows for 1980–2099), moves the Emperor's Birthday only for the Heisei era, and knows substitute
 * holidays for one day only, so those rules are added here.
 */
public final class BusinessCalendar {

    private static final MonthDay CLOSURE_START = MonthDay.of(12, 29);
    private static final MonthDay CLOSURE_END = MonthDay.of(1, 3);

    private final HolidayManager holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.JAPAN));
    private final Map<Integer, Set<LocalDate>> jollyday = new ConcurrentHashMap<>();

    /** Why the city hall is closed on a day. */
    public enum Closure { WEEKEND, PUBLIC_HOLIDAY, YEAR_END }

    public boolean isWorkingDay(LocalDate day) {
        return closure(day).isEmpty();
    }

    /** Why the day is not a working day (the year-end closure first, then a holiday, then the weekend); empty on a working day. */
    public Optional<Closure> closure(LocalDate day) {
        if (inYearEndClosure(day)) {
            return Optional.of(Closure.YEAR_END);
        }
        if (isPublicHoliday(day)) {
            return Optional.of(Closure.PUBLIC_HOLIDAY);
        }
        return isWeekend(day) ? Optional.of(Closure.WEEKEND) : Optional.empty();
    }

    /** The moment {@code days} working days after {@code start}, at the same time of day. */
    public LocalDateTime addWorkingDays(LocalDateTime start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate day = start.toLocalDate();
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day.atTime(start.toLocalTime());
    }

    /** Working days from {@code from} (exclusive) to {@code to} (inclusive): how long something has waited. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    public boolean inYearEndClosure(LocalDate day) {
        MonthDay md = MonthDay.from(day);
        return !md.isBefore(CLOSURE_START) || !md.isAfter(CLOSURE_END);
    }

    public boolean isPublicHoliday(LocalDate day) {
        return namedHoliday(day) || substitute(day) || sandwiched(day);
    }

    /** A holiday by law on that very date. */
    private boolean namedHoliday(LocalDate day) {
        int year = day.getYear();
        if (MonthDay.from(day).equals(MonthDay.of(12, 23)) && year >= 2019) {
            return false; // the Emperor's Birthday moved to 2/23 with the new era
        }
        if (MonthDay.from(day).equals(MonthDay.of(2, 23)) && year >= 2020) {
            return true;
        }
        return jollyday.computeIfAbsent(year, this::fromJollyday).contains(day) || equinox(day);
    }

    private Set<LocalDate> fromJollyday(int year) {
        Set<LocalDate> days = ConcurrentHashMap.newKeySet();
        holidays.getHolidays(java.time.Year.of(year)).forEach(h -> days.add(h.getActualDate()));
        return days;
    }

    /** 振替休日: a holiday on a Sunday moves to the next day that is not itself a holiday. */
    private boolean substitute(LocalDate day) {
        if (namedHoliday(day) || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        for (LocalDate d = day.minusDays(1); namedHoliday(d); d = d.minusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                return true;
            }
        }
        return false;
    }

    /** 国民の休日: a weekday between two holidays is a holiday too. */
    private boolean sandwiched(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SUNDAY && !namedHoliday(day)
                && namedHoliday(day.minusDays(1)) && namedHoliday(day.plusDays(1));
    }

    private static boolean equinox(LocalDate day) {
        int y = day.getYear();
        if (y < 1980 || y > 2099) {
            return false;
        }
        double drift = 0.242194 * (y - 1980) - Math.floor((y - 1980) / 4.0);
        return day.getMonthValue() == 3 && day.getDayOfMonth() == (int) Math.floor(20.8431 + drift)
                || day.getMonthValue() == 9 && day.getDayOfMonth() == (int) Math.floor(23.2488 + drift);
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
