package jp.shokuba.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The production defaults: 30 s after the first failure, doubling up to an hour, stuck after 5 failures. */
class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 5);

    @Test
    void eachFailureDoublesThePauseUntilTheLongest() {
        assertThat(policy.pauseAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.pauseAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.pauseAfter(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(policy.pauseAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.pauseAfter(1_000)).as("never given up, never longer than an hour").isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aMailIsStuckFromTheFifthFailure() {
        assertThat(policy.stuck(4)).isFalse();
        assertThat(policy.stuck(5)).isTrue();
    }

    @Test
    void aPolicyThatWouldNeverWaitIsRefused() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofHours(1), 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofMinutes(2), Duration.ofMinutes(1), 5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
