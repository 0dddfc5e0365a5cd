package jp.shokuba.seating.domain;

/** Where a desk booking stands. Only BOOKED and CHECKED_IN hold the desk (the database constraints say the same). */
public enum BookingStatus {
    BOOKED, CHECKED_IN, CHECKED_OUT, RELEASED, CANCELLED;

    public boolean live() {
        return this == BOOKED || this == CHECKED_IN;
    }
}
