package jp.shokuba.seating.application;

import java.time.Instant;
import jp.shokuba.seating.domain.RoomBooking;

public record RoomBookingSummary(long id, long roomId, String room, String organiser, String title, Instant start,
                                 Instant end, String status) {

    public static RoomBookingSummary of(RoomBooking b) {
        return new RoomBookingSummary(b.id(), b.room().id(), b.room().name(), b.organiser(), b.title(), b.startsAt(),
                b.endsAt(), b.status().name());
    }
}
