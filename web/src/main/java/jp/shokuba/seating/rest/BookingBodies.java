package jp.shokuba.seating.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON bodies of the booking operations as the OpenAPI document describes them, for generated clients. The
 * resources read the JSON objects themselves (through {@link SeatingJson}), so that each mistake is refused with
 * the name of its field; these records are the shape only, and must keep the names that {@link BookingsResource}
 * reads.
 */
public final class BookingBodies {

    private BookingBodies() {
    }

    @Schema(name = "BookDesk", description = "A desk asked for (deskId), or, without deskId, the best free desk the rules "
            + "allow (おまかせ予約)")
    public record BookDesk(
            @Schema(description = "The desk; leave out to be given one") Long deskId,
            @Schema(required = true, type = SchemaType.STRING, format = "date", example = "2026-12-08") String date,
            @Schema(required = true, enumeration = {"AM", "PM", "DAY"}) String slot,
            @Schema(description = "Only without deskId: what to prefer") DeskPreference prefer) {
    }

    @Schema(name = "DeskPreference", description = "What a booking without deskId prefers; accessibility needs are "
            + "honoured always")
    public record DeskPreference(Long deskId, Long zoneId,
            @Schema(description = "Near where the caller's team sits that day") Boolean nearTeam) {
    }

    @Schema(name = "RecurringBooking", description = "The same desk on one weekday of every week from a date to a date")
    public record RecurringBooking(
            @Schema(required = true) long deskId,
            @Schema(required = true, enumeration = {"AM", "PM", "DAY"}) String slot,
            @Schema(required = true, enumeration = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
                    "SUNDAY"}) String weekday,
            @Schema(required = true, type = SchemaType.STRING, format = "date") String from,
            @Schema(required = true, type = SchemaType.STRING, format = "date") String to) {
    }

    @Schema(name = "DateRange", description = "From a date to a date, both included")
    public record DateRange(
            @Schema(required = true, type = SchemaType.STRING, format = "date") String from,
            @Schema(required = true, type = SchemaType.STRING, format = "date") String to) {
    }

    @Schema(name = "Cancelled", description = "How many bookings were cancelled")
    public record Cancelled(@Schema(required = true) int cancelled) {
    }
}
