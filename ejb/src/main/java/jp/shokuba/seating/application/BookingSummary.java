package jp.shokuba.seating.application;

import java.time.Instant;
import java.time.LocalDate;
import jp.shokuba.seating.domain.DeskBooking;

/** A desk booking as its owner sees it, with the floor, and the person's locker (where their PC waits). */
public record BookingSummary(long id, long deskId, String deskLabel, long floorId, String floor, String building,
                             LocalDate date, String slot, String status, Instant checkedInAt, boolean teamDay,
                             String locker, int x, int y) {

    public static BookingSummary of(DeskBooking b, String locker) {
        var desk = b.desk();
        return new BookingSummary(b.id(), desk.id(), desk.label(), desk.floor().id(), desk.floor().name(),
                desk.floor().building().name(), b.day(), b.slot().name(), b.status().name(),
                b.checkedInAt().orElse(null), b.teamDayId().isPresent(), locker == null ? "" : locker, desk.x(), desk.y());
    }

    public boolean live() {
        return "BOOKED".equals(status) || "CHECKED_IN".equals(status);
    }
}
