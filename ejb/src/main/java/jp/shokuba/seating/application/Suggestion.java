package jp.shokuba.seating.application;

/**
 * A free desk suggested for sitting near my team, with its distance to the nearest teammate (in plan units, and in
 * {@code seats}: desks of the floor's usual spacing) and who that is.
 */
public record Suggestion(long deskId, String label, long floorId, String floor, int x, int y, long distance,
                         long seats, String nearestTeammate) {
}
