package jp.shokuba.directory.application.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The problems found on one line of an import file, collected check by check instead of stopping at the first. */
final class LineProblems {

    /** Thrown when the line has any problem; carries all of them, in the order of the checks. */
    static final class Found extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final List<String> messages;

        Found(List<String> messages) {
            super(String.join(" / ", messages), null, false, false);
            this.messages = List.copyOf(messages);
        }

        List<String> messages() {
            return messages;
        }
    }

    /** One check that passes or throws {@link IllegalArgumentException} with what is wrong. */
    interface Check {
        void run();
    }

    private final List<String> found = new ArrayList<>();

    void check(Check check) {
        try {
            check.run();
        } catch (IllegalArgumentException e) {
            found.add(e.getMessage());
        }
    }

    /** The value the step gives, or null when it failed (its problem is kept). */
    <T> T value(Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            found.add(e.getMessage());
            return null;
        }
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new Found(found);
        }
    }
}
