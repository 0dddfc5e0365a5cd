package jp.shokuba.records.infrastructure;

/**
 * A file intake will not take as it is: the reason is written for a records clerk, in Japanese, and ends up on
 * the quarantine list. Unchecked because it crosses the pipeline's steps and always ends in quarantine.
 */
public class IntakeRefusal extends RuntimeException {

    public IntakeRefusal(String reason) {
        super(reason);
    }

    public IntakeRefusal(String reason, Throwable cause) {
        super(reason, cause);
    }

    public String reason() {
        return getMessage();
    }
}
