package jp.shokuba.seating.application;

/** A member of my team on a day: in (checked in), booked, or not booked; hidden members show no desk. */
public record TeammateToday(String login, String name, String position, String state, String desk, String floor,
                            long floorId, long deskId) {
}
