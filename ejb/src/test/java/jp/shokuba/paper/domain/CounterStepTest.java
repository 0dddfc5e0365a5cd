package jp.shokuba.paper.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CounterStepTest {

    @Test
    void aRisingCounterGivesItsDifference() {
        assertThat(CounterStep.between(10_000, "S", 10_480, "S", 1)).isEqualTo(new CounterStep(ReadingFlag.NORMAL, 480));
    }

    @Test
    void aCounterPastTwoToTheThirtyTwoCountsThePagesAcrossTheWrap() {
        // 4,294,967,000 → 500: 296 pages to 2^32, then 500
        assertThat(CounterStep.between(4_294_967_000L, null, 500, null, 1)).isEqualTo(new CounterStep(ReadingFlag.WRAP, 796));
    }

    @Test
    void aCounterThatFellFarIsAResetWithANewBaseline() {
        assertThat(CounterStep.between(52_000, null, 120, null, 1)).isEqualTo(new CounterStep(ReadingFlag.RESET, 0));
    }

    @Test
    void anotherSerialNumberIsAReplacedDeviceEvenIfTheCounterRose() {
        assertThat(CounterStep.between(52_000, "OLD-1", 90_000, "NEW-2", 1)).isEqualTo(new CounterStep(ReadingFlag.REPLACED, 0));
    }

    @Test
    void pagesAfterSilentDaysAreSpreadAndAddUp() {
        assertThat(CounterStep.spread(1_001, 3)).containsExactly(333, 333, 335);
        assertThat(CounterStep.spread(7, 1)).containsExactly(7);
    }

    @Test
    void aFiscalYearRunsFromAprilToMarch() {
        assertThat(FiscalYear.of(java.time.LocalDate.of(2026, 3, 31)).year()).isEqualTo(2025);
        assertThat(FiscalYear.of(java.time.LocalDate.of(2026, 4, 1)).year()).isEqualTo(2026);
        assertThat(new FiscalYear(2025).indexOf(java.time.YearMonth.of(2026, 3))).isEqualTo(11);
    }
}
