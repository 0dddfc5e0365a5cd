package jp.shokuba.seating.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.CityTime;
import jp.shokuba.seating.application.CalendarFeed;
import jp.shokuba.seating.application.RoomBookingService;
import jp.shokuba.seating.application.RoomBookingSummary;
import jp.shokuba.seating.application.RoomSummary;
import jp.shokuba.seating.application.TeamSeatingService;
import jp.shokuba.seating.application.WhereaboutsService;
import jp.shokuba.seating.application.Suggestion;
import jp.shokuba.seating.application.TeamDayResult;
import jp.shokuba.seating.application.TeammateToday;
import jp.shokuba.seating.application.Whereabouts;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Keeping the team together, finding colleagues, rooms, and the caller's own seating settings. */
@Path("/seating")
@ApplicationScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SeatingResource {

    @Inject
    TeamSeatingService team;

    @Inject
    WhereaboutsService whereabouts;

    @Inject
    CalendarFeed calendars;

    @Inject
    RoomBookingService roomBookings;

    @Inject
    SecurityContext security;

    @Inject
    jp.shokuba.directory.application.DirectoryService directory;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @GET
    @Path("/near-my-team")
    @Operation(summary = "Free desks closest to where my teammates have booked, best first (date, slot, max)")
    public List<Suggestion> nearMyTeam(@QueryParam("date") String date, @QueryParam("slot") @DefaultValue("DAY") String slot,
                                       @QueryParam("max") @DefaultValue("5") int max) throws BusinessException {
        return team.nearMyTeam(login(), day(date), SeatingJson.slot(slot), Math.max(1, Math.min(max, 50)));
    }

    @GET
    @Path("/people")
    @Operation(summary = "Colleagues whose name, kana, login or unit contains q (at most 10), to find where they sit")
    public List<JsonObject> people(@QueryParam("q") @DefaultValue("") String q) {
        if (q.isBlank()) {
            return List.of();
        }
        return directory.searchStaff(q, 0, 10).stream().filter(s -> s.active())
                .map(s -> Json.createObjectBuilder().add("login", s.login()).add("name", s.name())
                        .add("department", s.department()).add("team", s.team()).build()).toList();
    }

    @GET
    @Path("/where/{login}")
    @Operation(summary = "Where a colleague sits on a day (default today), unless they opted out (hidden)")
    public Whereabouts where(@PathParam("login") String colleague, @QueryParam("date") String date) throws BusinessException {
        return whereabouts.whereIs(login(), colleague, day(date));
    }

    @GET
    @Path("/my-team")
    @Operation(summary = "Who of my team is in on a day (default today): IN, BOOKED, NONE or HIDDEN")
    public List<TeammateToday> myTeam(@QueryParam("date") String date) throws BusinessException {
        return whereabouts.myTeam(login(), day(date));
    }

    @POST
    @Path("/team-days")
    @Operation(summary = "Team day: {\"team\":\"02101\", \"date\"}: books a cluster of adjacent desks for every member not yet booked",
            description = "Only the 係長 of the team or someone of that rank or above placed over it.")
    public TeamDayResult teamDay(JsonObject body) throws BusinessException {
        return team.teamDay(login(), SeatingJson.text(body, "team"), SeatingJson.date(body, "date"));
    }

    @GET
    @Path("/rooms")
    @Operation(summary = "Meeting rooms with capacity and equipment")
    public List<RoomSummary> rooms() {
        return roomBookings.rooms();
    }

    @GET
    @Path("/rooms/{id}/bookings")
    @Operation(summary = "A room's bookings on a day")
    public List<RoomBookingSummary> roomDay(@PathParam("id") long id, @QueryParam("date") String date) throws BusinessException {
        return roomBookings.roomDay(id, day(date));
    }

    @POST
    @Path("/room-bookings")
    @Operation(summary = "Book a room: {\"roomId\", \"title\", \"start\":\"YYYY-MM-DDTHH:mm\", \"end\"} in city time; 409 when it overlaps")
    public Response bookRoom(JsonObject body) throws BusinessException {
        RoomBookingSummary b = roomBookings.bookRoom(login(), SeatingJson.number(body, "roomId"), SeatingJson.text(body, "title", ""),
                instant(SeatingJson.text(body, "start")), instant(SeatingJson.text(body, "end")));
        return Response.created(uri.getBaseUriBuilder().path("seating/room-bookings").path(Long.toString(b.id())).build())
                .entity(b).build();
    }

    @DELETE
    @Path("/room-bookings/{id}")
    @Operation(summary = "Cancel one of my room bookings")
    public Response cancelRoom(@PathParam("id") long id) throws BusinessException {
        roomBookings.cancelRoom(login(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("/me")
    @Operation(operationId = "getMySeating",
            summary = "My seating settings: hidden from colleagues, and my calendar feed's secret address")
    public JsonObject me() {
        String secret = calendars.calendarSecret(login());
        return Json.createObjectBuilder().add("hidden", whereabouts.hidden(login()))
                .add("calendarUrl", calendarUrl(secret)).build();
    }

    @PUT
    @Path("/me/hidden")
    @Operation(summary = "Opt out of (true) or back into (false) being found by colleagues: {\"hidden\": true}")
    public JsonObject hide(JsonObject body) {
        whereabouts.hide(login(), SeatingJson.flag(body, "hidden"));
        return me();
    }

    @POST
    @Path("/me/calendar-secret")
    @Operation(summary = "A new secret calendar address; the old one stops working")
    public JsonObject renewCalendar() {
        return Json.createObjectBuilder().add("calendarUrl", calendarUrl(calendars.renewCalendarSecret(login()))).build();
    }

    private String calendarUrl(String secret) {
        return uri.getBaseUri().resolve("../../calendar/" + secret + ".ics").toString();
    }

    private LocalDate day(String date) throws BusinessException {
        return date == null || date.isBlank() ? LocalDate.now(clock) : SeatingJson.date(date, "date");
    }

    private static Instant instant(String text) throws BusinessException {
        try {
            return LocalDateTime.parse(text).atZone(CityTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid("input.invalid", "時刻は YYYY-MM-DDTHH:mm で指定してください: " + text);
        }
    }

    private String login() {
        return security.getCallerPrincipal().getName();
    }
}
