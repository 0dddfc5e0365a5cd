package jp.shokuba.seating.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.seating.application.BlockSummary;
import jp.shokuba.seating.application.OpeningSummary;
import jp.shokuba.seating.application.DeskInput;
import jp.shokuba.seating.application.DeskSummary;
import jp.shokuba.seating.application.FloorSummary;
import jp.shokuba.seating.application.LockerSummary;
import jp.shokuba.seating.application.PlacesService;
import jp.shokuba.seating.application.RoomSummary;
import jp.shokuba.seating.application.RulesSummary;
import jp.shokuba.seating.application.SeatingAnalytics;
import jp.shokuba.seating.application.ZoneSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Facilities staff (FACILITIES): places, rules, blocks, accessibility needs and analytics. */
@Path("/seating/admin")
@ApplicationScoped
@RolesAllowed("FACILITIES")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class FacilitiesResource {

    @Inject
    PlacesService places;

    @Inject
    SeatingAnalytics analytics;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    @POST
    @Path("/floors")
    @Operation(summary = "Add a floor: {\"building\", \"name\", \"level\", \"width\", \"height\"} (the building is created if new)")
    public Response addFloor(JsonObject body) throws BusinessException {
        FloorSummary f = places.addFloor(SeatingJson.text(body, "building"), SeatingJson.text(body, "name"),
                (int) SeatingJson.number(body, "level"), (int) SeatingJson.number(body, "width"), (int) SeatingJson.number(body, "height"));
        return Response.status(201).entity(f).build();
    }

    @PUT
    @Path("/floors/{id}/plan")
    @Consumes({"image/svg+xml", "image/png", "image/jpeg", "image/webp"})
    @Operation(operationId = "uploadFloorPlan", summary = "Upload the floor plan (SVG, PNG, JPEG or WebP, up to 5 MB)")
    public FloorSummary plan(@PathParam("id") long id, @HeaderParam("Content-Type") String type, byte[] content)
            throws BusinessException {
        return places.uploadPlan(id, content, type, null, null);
    }

    @GET
    @Path("/floors/{id}/desks")
    @Operation(summary = "The floor's desks")
    public List<DeskSummary> desks(@PathParam("id") long id) throws BusinessException {
        return places.desks(id);
    }

    @POST
    @Path("/floors/{id}/desks")
    @Operation(summary = "Place a desk: {\"label\", \"x\", \"y\", \"zone\", \"features\":[\"DUAL_MONITOR\",…], \"accessibleReserved\"}")
    public Response addDesk(@PathParam("id") long id, JsonObject body) throws BusinessException {
        return Response.status(201).entity(places.addDesk(id, desk(body))).build();
    }

    @PUT
    @Path("/desks/{id}")
    @Operation(summary = "Move or describe a desk (same body as placing one)")
    public DeskSummary updateDesk(@PathParam("id") long id, JsonObject body) throws BusinessException {
        return places.updateDesk(id, desk(body));
    }

    @DELETE
    @Path("/desks/{id}")
    @Operation(summary = "Take a desk out of use")
    public Response retireDesk(@PathParam("id") long id) throws BusinessException {
        places.retireDesk(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/floors/{id}/desks-import")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import desk coordinates from CSV: 席番号,x,y,ゾーン,設備(;区切り),配慮席(1/0); all or nothing")
    public JsonObject importDesks(@PathParam("id") long id, byte[] csv) throws BusinessException {
        return Json.createObjectBuilder().add("imported", places.importDesks(id, csv)).build();
    }

    @GET
    @Path("/floors/{id}/zones")
    @Operation(summary = "The floor's zones")
    public List<ZoneSummary> zones(@PathParam("id") long id) {
        return places.zones(id);
    }

    @POST
    @Path("/floors/{id}/zones")
    @Operation(summary = "Add a zone: {\"name\", \"teams\":[\"02101\"]}; with teams it is their neighbourhood")
    public Response addZone(@PathParam("id") long id, JsonObject body) throws BusinessException {
        return Response.status(201).entity(places.addZone(id, SeatingJson.text(body, "name"), SeatingJson.texts(body, "teams")))
                .build();
    }

    @PUT
    @Path("/zones/{id}/teams")
    @Operation(summary = "Assign the zone to teams: {\"teams\":[…]} (empty: no longer a neighbourhood)")
    public ZoneSummary assignTeams(@PathParam("id") long id, JsonObject body) throws BusinessException {
        return places.assignTeams(id, SeatingJson.texts(body, "teams"));
    }

    @POST
    @Path("/floors/{id}/rooms")
    @Operation(summary = "Add a meeting room: {\"name\", \"capacity\", \"equipment\"}")
    public Response addRoom(@PathParam("id") long id, JsonObject body) throws BusinessException {
        RoomSummary r = places.addRoom(id, SeatingJson.text(body, "name"), (int) SeatingJson.number(body, "capacity"),
                SeatingJson.text(body, "equipment", ""));
        return Response.status(201).entity(r).build();
    }

    @GET
    @Path("/floors/{id}/lockers")
    @Operation(summary = "The floor's lockers and who holds each")
    public List<LockerSummary> lockers(@PathParam("id") long id) {
        return places.lockers(id);
    }

    @POST
    @Path("/floors/{id}/lockers")
    @Operation(summary = "Add a locker: {\"label\", \"holder\"}")
    public Response addLocker(@PathParam("id") long id, JsonObject body) throws BusinessException {
        LockerSummary l = places.addLocker(id, SeatingJson.text(body, "label"));
        String holder = SeatingJson.text(body, "holder", "");
        return Response.status(201).entity(holder.isBlank() ? l : places.assignLocker(l.id(), holder)).build();
    }

    @PUT
    @Path("/lockers/{id}")
    @Operation(summary = "Give the locker to a person: {\"holder\":\"login\"} (empty frees it)")
    public LockerSummary assignLocker(@PathParam("id") long id, JsonObject body) throws BusinessException {
        return places.assignLocker(id, SeatingJson.text(body, "holder", ""));
    }

    @GET
    @Path("/rules")
    @Operation(summary = "The booking rules: how far ahead, the neighbourhood cut-off and the check-in deadlines")
    public RulesSummary rules() {
        return places.rules();
    }

    @PUT
    @Path("/rules")
    @Operation(summary = "Change the rules: {\"horizonDays\", \"neighbourhoodCutoff\":\"15:00\", \"checkInDeadline\":\"10:00\", \"pmCheckInDeadline\":\"14:30\"}")
    public RulesSummary changeRules(JsonObject body) throws BusinessException {
        return places.changeRules((int) SeatingJson.number(body, "horizonDays"), SeatingJson.time(body, "neighbourhoodCutoff"),
                SeatingJson.time(body, "checkInDeadline"), SeatingJson.time(body, "pmCheckInDeadline"));
    }

    @GET
    @Path("/floors/{id}/blocks")
    @Operation(summary = "The floor's closures: days it is closed, and why")
    public List<BlockSummary> blocks(@PathParam("id") long id) {
        return places.blocks(id);
    }

    @POST
    @Path("/floors/{id}/blocks")
    @Operation(summary = "Close a floor: {\"from\", \"to\", \"reason\"}; live bookings of those days are cancelled")
    public Response block(@PathParam("id") long id, JsonObject body) throws BusinessException {
        BlockSummary b = places.blockFloor(security.getCallerPrincipal().getName(), id, SeatingJson.date(body, "from"),
                SeatingJson.date(body, "to"), SeatingJson.text(body, "reason"));
        return Response.status(201).entity(b).build();
    }

    @GET
    @Path("/floors/{id}/openings")
    @Operation(summary = "The floor's openings on closed days, from today on")
    public List<OpeningSummary> openings(@PathParam("id") long id) {
        return places.openings(id);
    }

    @POST
    @Path("/floors/{id}/openings")
    @Operation(summary = "Open a floor for booking on the city hall's closed days (weekends, holidays, 12/29–1/3): {\"from\", \"to\", \"reason\"}")
    public Response open(@PathParam("id") long id, JsonObject body) throws BusinessException {
        OpeningSummary o = places.openFloor(security.getCallerPrincipal().getName(), id, SeatingJson.date(body, "from"),
                SeatingJson.date(body, "to"), SeatingJson.text(body, "reason"));
        return Response.status(201).entity(o).build();
    }

    @DELETE
    @Path("/openings/{id}")
    @Operation(summary = "Remove a floor opening")
    public Response removeOpening(@PathParam("id") long id) throws BusinessException {
        places.removeOpening(id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("/blocks/{id}")
    @Operation(summary = "Reopen a closed floor: its desks can be booked again those days")
    public Response unblock(@PathParam("id") long id) throws BusinessException {
        places.removeBlock(id);
        return Response.noContent().build();
    }

    @PUT
    @Path("/people/{login}/accessibility")
    @Operation(summary = "Record or clear a person's accessibility need: {\"need\": true}")
    public Response accessibility(@PathParam("login") String login, JsonObject body) throws BusinessException {
        places.recordAccessibilityNeed(login, SeatingJson.flag(body, "need"));
        return Response.noContent().build();
    }

    @GET
    @Path("/analytics")
    @Operation(summary = "Utilisation per floor, zone and weekday, no-show rate, peak occupancy and scattered teams (default: last month)")
    public SeatingAnalytics.Report analytics(@QueryParam("from") String from, @QueryParam("to") String to) throws BusinessException {
        return report(from, to);
    }

    @GET
    @Path("/analytics.csv")
    @Produces("text/csv")
    @Operation(summary = "The same analytics as CSV (UTF-8 with BOM, for spreadsheets)")
    public Response analyticsCsv(@QueryParam("from") String from, @QueryParam("to") String to) throws BusinessException {
        SeatingAnalytics.Report r = report(from, to);
        return Response.ok("\uFEFF" + r.csv(), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"seating-" + r.from() + "_" + r.to() + ".csv\"").build();
    }

    private SeatingAnalytics.Report report(String from, String to) throws BusinessException {
        LocalDate firstOfMonth = LocalDate.now(clock).withDayOfMonth(1);
        LocalDate f = from == null || from.isBlank() ? firstOfMonth.minusMonths(1) : SeatingJson.date(from, "from");
        LocalDate t = to == null || to.isBlank() ? firstOfMonth.minusDays(1) : SeatingJson.date(to, "to");
        return analytics.report(f, t);
    }

    private static DeskInput desk(JsonObject body) throws BusinessException {
        return new DeskInput(SeatingJson.text(body, "label"), (int) SeatingJson.number(body, "x"), (int) SeatingJson.number(body, "y"),
                SeatingJson.text(body, "zone", ""), SeatingJson.texts(body, "features"), SeatingJson.flag(body, "accessibleReserved"));
    }
}
