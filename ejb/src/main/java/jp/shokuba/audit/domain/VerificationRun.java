package jp.shokuba.audit.domain;

import java.time.Instant;
import java.util.List;

/** One verification of the chain as it is kept and shown: when, how many links, and what was wrong. */
public record VerificationRun(Instant ranAt, long checked, List<ChainVerification.Problem> problems) {

    public VerificationRun {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }

    public static VerificationRun of(Instant ranAt, ChainVerification v) {
        return new VerificationRun(ranAt, v.checked(), v.problems());
    }
}
