package jp.shokuba.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WarekiTest {

    @Test
    void todayIsInReiwa() {
        assertThat(Wareki.date(LocalDate.of(2026, 11, 27))).isEqualTo("令和8年11月27日");
    }

    @Test
    void firstYearOfAnEraIsGannen() {
        assertThat(Wareki.date(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日");
        assertThat(Wareki.date(LocalDate.of(2019, 4, 30))).isEqualTo("平成31年4月30日");
    }

    @Test
    void fiscalYearStartsInApril() {
        assertThat(Wareki.yearOf(LocalDate.of(2021, 6, 25))).isEqualTo("令和3年");
    }
}
