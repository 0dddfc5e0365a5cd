package jp.shokuba.approval.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** An amount fits numeric(15,0) in whole yen, judged on its digits before any arithmetic. */
class YenAmountTest {

    @Test
    void wholeYenUpToFifteenDigitsAndNothingElse() {
        assertThat(Approval.isYenAmount(new BigDecimal("999999999999999"))).isTrue();
        assertThat(Approval.isYenAmount(new BigDecimal("1200000.00"))).isTrue();
        assertThat(Approval.isYenAmount(new BigDecimal("1E+3"))).isTrue();
        assertThat(Approval.isYenAmount(new BigDecimal("1000000000000000"))).isFalse();
        assertThat(Approval.isYenAmount(new BigDecimal("0.5"))).isFalse();
        assertThat(Approval.isYenAmount(new BigDecimal("-1"))).isFalse();
    }

    @Test
    void aHugeExponentIsRefusedAtOnce() {
        long start = System.nanoTime();
        assertThat(Approval.isYenAmount(new BigDecimal("1e100000000"))).isFalse();
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    }
}
