package jp.shokuba.records.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MyNumberTest {

    @Test
    void theOfficialExampleIsValidAndAnyOtherLastDigitIsNot() {
        assertThat(MyNumber.valid("123456789018")).isTrue();
        for (int d = 0; d <= 9; d++) {
            if (d != 8) {
                assertThat(MyNumber.valid("12345678901" + d)).as("last digit %d", d).isFalse();
            }
        }
    }

    @Test
    void remaindersOfZeroAndOneGiveCheckDigitZero() {
        assertThat(MyNumber.checkDigit("00000000000")).isZero();
        assertThat(MyNumber.valid("000000000000")).isTrue();
        assertThat(MyNumber.valid(MyNumber.complete("98765432109"))).isTrue();
    }

    @Test
    void onlyTwelveDigitsCount() {
        assertThat(MyNumber.valid("12345678901")).isFalse();
        assertThat(MyNumber.valid("1234567890180")).isFalse();
        assertThat(MyNumber.valid("1234 5678 9018")).isFalse();
    }
}
