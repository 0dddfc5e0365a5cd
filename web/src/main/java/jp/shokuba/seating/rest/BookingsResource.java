package jp.shokuba.seating.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.DayOfWeek;
import java.time.LocalDate;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.rest.ApiLanguage;
import jp.shokuba.platform.rest.Problem;
import jp.shokuba.seating.application.BookingSummary;
import jp.shokuba.seating.application.RecurringResult;
import jp.shokuba.seating.application.AssignedDesk;
import jp.shokuba.seating.application.BookingLifecycleService;
import jp.shokuba.seating.application.ChoiceReason;
import jp.shokuba.seating.application.DeskBookingService;
import jp.shokuba.seating.domain.DeskChoice;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Booking desks: one slot, a recurring series, cancelling, checking in and out. Every booking belongs to the caller. */
@Path("/bookings")
@ApplicationScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BookingsResource {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    DeskBookingService booking;

    @Inject
    BookingLifecycleService seating;

    @Inject
    SecurityContext security;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @POST
    @Operation(summary = "Book a desk: {\"deskId\":…, \"date\":\"YYYY-MM-DD\", \"slot\":\"AM|PM|DAY\"}; or book me a desk "
            + "(おまかせ予約): no deskId, optionally {\"prefer\": {\"deskId\", \"zoneId\", \"nearTeam\": true}}",
            description = "With deskId the desk asked for or nothing (409 with nearestFreeDesks). Without it the best free desk "
                    + "the rules allow is booked at once: the preferred desk if free, else the person's team neighbourhood "
                    + "first, then the nearest to the preferred desk or to where the team sits that day; accessibility needs "
                    + "always honoured; the preferred desk's floor full, the nearest free desk of another floor (a zone "
                    + "asked for stays that zone: 409 with nearestFreeDesks). The answer adds reason (why this desk, e.g. 窓側・チームから 3 席), reasons (its "
                    + "message keys) and seats (desks away from the team or the preferred desk).")
    @APIResponse(responseCode = "201", description = "Booked; Location names the booking. A desk given (no deskId) "
            + "also carries reason, reasons and seats", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "BookingSummary")))
    @APIResponse(responseCode = "409", description = "Taken or not open to the caller: the problem's nearestFreeDesks lists "
            + "the free desks to take instead, closest first; or the caller already has a desk then, or is absent; for "
            + "book me a desk, nothing allowed is free on the floors asked for (nearestFreeDesks then lists other floors')")
    public Response book(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "BookDesk"))) JsonObject body) throws BusinessException {
        LocalDate date = SeatingJson.date(body, "date");
        jp.shokuba.seating.domain.Slot slot = SeatingJson.slot(SeatingJson.text(body, "slot"));
        if (body.containsKey("deskId")) {
            BookingSummary b = booking.book(login(), SeatingJson.number(body, "deskId"), date, slot);
            return created(b).entity(b).build();
        }
        JsonObject prefer = body.get("prefer") instanceof JsonObject p ? p : JsonValue.EMPTY_JSON_OBJECT;
        if (body.containsKey("prefer") && !(body.get("prefer") instanceof JsonObject)) {
            throw BusinessException.invalid("input.invalid", "prefer はオブジェクトで指定してください");
        }
        DeskChoice.Preference preference = new DeskChoice.Preference(
                prefer.containsKey("deskId") ? SeatingJson.number(prefer, "deskId") : null,
                prefer.containsKey("zoneId") ? SeatingJson.number(prefer, "zoneId") : null, SeatingJson.flag(prefer, "nearTeam"));
        AssignedDesk assigned = booking.bookFor(login(), date, slot, preference);
        // Problem.JSON: the provider looked up once (Json.* searches the class path on every call).
        JsonObject summary = Problem.JSON.createReader(new java.io.StringReader(JSONB.toJson(assigned.booking()))).readObject();
        return created(assigned.booking()).entity(Problem.JSON.createObjectBuilder(summary)
                .add("reason", ChoiceReason.text(assigned, ApiLanguage.of(headers)))
                .add("reasons", Problem.JSON.createArrayBuilder(assigned.reasons())).add("seats", assigned.seats()).build()).build();
    }

    private Response.ResponseBuilder created(BookingSummary b) {
        return Response.created(uri.getBaseUriBuilder().path("bookings").path(Long.toString(b.id())).build());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getBooking", summary = "One of the caller's bookings")
    @APIResponse(responseCode = "200", description = "The booking", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "BookingSummary")))
    public BookingSummary one(@PathParam("id") long id) throws BusinessException {
        return seating.booking(login(), id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Cancel one of the caller's bookings (one date)")
    @APIResponse(responseCode = "204", description = "Cancelled")
    public Response cancel(@PathParam("id") long id) throws BusinessException {
        seating.cancel(login(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/check-in")
    @Operation(summary = "Check in (on the day of the booking); a booking not checked in by the deadline is released")
    @APIResponse(responseCode = "200", description = "The booking", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "BookingSummary")))
    public BookingSummary checkIn(@PathParam("id") long id) throws BusinessException {
        return seating.checkIn(login(), id);
    }

    @POST
    @Path("/{id}/check-out")
    @Operation(summary = "Check out early: the desk is free again for others")
    @APIResponse(responseCode = "200", description = "The booking", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "BookingSummary")))
    public BookingSummary checkOut(@PathParam("id") long id) throws BusinessException {
        return seating.checkOut(login(), id);
    }

    @POST
    @Path("/recurring")
    @Operation(summary = "Book the same desk every week: {\"deskId\", \"slot\", \"weekday\":\"TUESDAY\", \"from\", \"to\"}",
            description = "Books each date that the rules allow and reports every other date in conflicts with its reason "
                    + "and the nearest free desks; never fails silently.")
    public RecurringResult recurring(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "RecurringBooking"))) JsonObject body) throws BusinessException {
        DayOfWeek weekday;
        try {
            weekday = DayOfWeek.valueOf(SeatingJson.text(body, "weekday").toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("input.invalid", "weekday は MONDAY〜SUNDAY です");
        }
        return booking.bookRecurring(login(), SeatingJson.number(body, "deskId"), SeatingJson.slot(SeatingJson.text(body, "slot")),
                weekday, SeatingJson.date(body, "from"), SeatingJson.date(body, "to"), ApiLanguage.of(headers));
    }

    @POST
    @Path("/cancel-range")
    @Operation(summary = "Cancel all the caller's bookings from a date to a date: {\"from\", \"to\"}")
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "Cancelled")))
    public JsonObject cancelRange(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "DateRange"))) JsonObject body) throws BusinessException {
        LocalDate from = SeatingJson.date(body, "from");
        LocalDate to = SeatingJson.date(body, "to");
        return Json.createObjectBuilder().add("cancelled", seating.cancelRange(login(), from, to)).build();
    }

    private String login() {
        return security.getCallerPrincipal().getName();
    }
}
