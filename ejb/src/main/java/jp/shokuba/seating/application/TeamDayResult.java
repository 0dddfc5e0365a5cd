package jp.shokuba.seating.application;

import java.time.LocalDate;
import java.util.List;

/**
 * A team day: who was given which desk, who had already booked, and who could not be seated (absent, or no
 * desk left) with the reason.
 */
public record TeamDayResult(long teamDayId, String teamCode, LocalDate date, List<Seat> seated,
                            List<Seat> alreadyBooked, List<Seat> notSeated) {

    public record Seat(String login, String name, String deskLabel, long deskId, String floor, String note) {
    }
}
