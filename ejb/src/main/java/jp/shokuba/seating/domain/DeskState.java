package jp.shokuba.seating.domain;

/**
 * A desk and, if any, one live booking of it on one day. A desk with no booking that day appears once with
 * {@code bookingId} 0; a desk booked AM and PM by two people appears twice.
 */
public record DeskState(long deskId, String label, int x, int y, String zoneName, boolean accessibleReserved,
                        boolean neighbourhood, java.util.Set<DeskFeature> features, long bookingId, String login, Slot slot,
                        BookingStatus status) {

    public boolean booked() {
        return bookingId != 0;
    }
}
