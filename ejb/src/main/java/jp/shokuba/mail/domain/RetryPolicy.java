package jp.shokuba.mail.domain;

import java.time.Duration;

/**
 * When a mail that failed is tried again: after {@code first}, then twice as long after each further failure, never
 * longer than {@code longest}, so no mail is given up during a long outage of the mail server. After
 * {@code stuckAfter} failures a mail counts as stuck and is shown to administrators.
 */
public record RetryPolicy(Duration first, Duration longest, int stuckAfter) {

    public RetryPolicy {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || stuckAfter < 1) {
            throw new IllegalArgumentException("retry after " + first + " up to " + longest + ", stuck after " + stuckAfter);
        }
    }

    /** The pause after the {@code failures}-th failed attempt (1 for the first). */
    public Duration pauseAfter(int failures) {
        Duration pause = first;
        for (int i = 1; i < failures && pause.compareTo(longest) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(longest) > 0 ? longest : pause;
    }

    public boolean stuck(int failures) {
        return failures >= stuckAfter;
    }
}
