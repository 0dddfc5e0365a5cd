package jp.shokuba.seating.domain;

import java.util.List;

/**
 * Why the rules refuse a booking: a message key of the platform bundle with its arguments, whether the
 * request itself is wrong (INVALID) or clashes with the state of things (CONFLICT), and whether offering
 * other desks nearby makes sense.
 */
public record Refusal(Kind kind, String key, List<Object> arguments, boolean alternativesHelp) {

    public enum Kind { INVALID, CONFLICT }

    public Refusal {
        arguments = List.copyOf(arguments);
    }

    static Refusal invalid(String key, Object... args) {
        return new Refusal(Kind.INVALID, key, List.of(args), false);
    }

    static Refusal conflict(String key, boolean alternativesHelp, Object... args) {
        return new Refusal(Kind.CONFLICT, key, List.of(args), alternativesHelp);
    }
}
