package jp.shokuba.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The city hall's working days, which reminders count: weekends, public holidays and 12/29–1/3 do not. */
class BusinessCalendarTest {

    private final BusinessCalendar calendar = new BusinessCalendar();

    @Test
    void thePublicHolidaysOf2026AreExactlyTheCabinetOfficesList() {
        List<LocalDate> expected = Stream.of("2026-01-01", "2026-01-12", "2026-02-11", "2026-02-23", "2026-03-20",
                "2026-04-29", "2026-05-03", "2026-05-04", "2026-05-05", "2026-05-06", "2026-07-20", "2026-08-11",
                "2026-09-21", "2026-09-22", "2026-09-23", "2026-10-12", "2026-11-03", "2026-11-23").map(LocalDate::parse).toList();

        List<LocalDate> found = LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2027, 1, 1))
                .filter(calendar::isPublicHoliday).toList();

        assertThat(found).containsExactlyElementsOf(expected);
    }

    @Test
    void threeWorkingDaysFromFridayBeforeShowaDaySkipTheWeekendAndTheHoliday() {
        LocalDateTime friday = LocalDateTime.of(2026, 4, 24, 10, 0);

        assertThat(calendar.addWorkingDays(friday, 3)).isEqualTo(LocalDateTime.of(2026, 4, 30, 10, 0));
    }

    @Test
    void theYearEndClosureCountsForNothing() {
        LocalDateTime beforeClosure = LocalDateTime.of(2026, 12, 28, 9, 0);

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 29))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 3))).isFalse();
        // 1/4/2027 is a Monday and the first working day of the year
        assertThat(calendar.addWorkingDays(beforeClosure, 1)).isEqualTo(LocalDateTime.of(2027, 1, 4, 9, 0));
    }

    @Test
    void aSundayHolidayGivesTheNextWeekdayOff() {
        // 2027-03-21 (春分の日) is a Sunday
        assertThat(calendar.isPublicHoliday(LocalDate.of(2027, 3, 21))).isTrue();
        assertThat(calendar.isPublicHoliday(LocalDate.of(2027, 3, 22))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 3, 23))).isTrue();
    }

    @Test
    void waitingDaysCountOnlyWorkingDays() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 4, 24), LocalDate.of(2026, 5, 7))).isEqualTo(5);
    }

    /** Desk booking says why a day is closed: a Saturday, 成人の日 2027, and 12/30 each with its own reason. */
    @Test
    void eachClosedDaySaysWhyAndAWorkingDayHasNoClosure() {
        assertThat(calendar.closure(LocalDate.of(2026, 12, 5))).contains(BusinessCalendar.Closure.WEEKEND);
        assertThat(calendar.closure(LocalDate.of(2027, 1, 11))).contains(BusinessCalendar.Closure.PUBLIC_HOLIDAY);
        assertThat(calendar.closure(LocalDate.of(2026, 12, 30))).contains(BusinessCalendar.Closure.YEAR_END);
        assertThat(calendar.closure(LocalDate.of(2026, 12, 4))).isEmpty();
    }
}
