package jp.shokuba.seating.application;

import java.util.List;

/**
 * A desk the platform chose ("book me a desk"): the booking, and why this desk, as message keys with the
 * distance in desks ({@code seats}) from the desk asked for or from the team; {@link ChoiceReason} writes it out.
 */
public record AssignedDesk(BookingSummary booking, List<String> reasons, long seats) {

    public AssignedDesk {
        reasons = List.copyOf(reasons);
    }
}
