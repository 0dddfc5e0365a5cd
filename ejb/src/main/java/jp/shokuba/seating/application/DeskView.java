package jp.shokuba.seating.application;

import java.util.Set;

/**
 * One desk of the live floor view for one day: where it is, what it offers, and its state in the morning and
 * the afternoon (FREE, BOOKED, OCCUPIED or BLOCKED). {@code myAm}/{@code myPm} are the caller's own booking ids, or 0.
 */
public record DeskView(long deskId, String label, int x, int y, String zone, boolean neighbourhood,
                       boolean accessibleReserved, Set<String> features, String am, String pm, long myAm, long myPm) {
}
