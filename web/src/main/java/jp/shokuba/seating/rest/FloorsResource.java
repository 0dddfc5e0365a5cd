package jp.shokuba.seating.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
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
import jp.shokuba.seating.application.FloorAvailability;
import jp.shokuba.seating.application.FloorSummary;
import jp.shokuba.seating.application.AvailabilityService;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/floors")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class FloorsResource {

    @Inject
    AvailabilityService seating;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Every floor with its building, name, level and plan size")
    public List<FloorSummary> floors() {
        return seating.floors();
    }

    @GET
    @Path("/{id}/availability")
    @Operation(summary = "Every desk of the floor on a day, with its morning and afternoon state",
            description = "date is YYYY-MM-DD (default today). am and pm are FREE, BOOKED, OCCUPIED (checked in) or BLOCKED "
                    + "(floor closed). myAm/myPm are the caller's own booking ids (0 when not theirs). occupancyPercent is the "
                    + "share of desk half-days booked or occupied; occupiedNow the desks checked in now (today only).")
    public FloorAvailability availability(@PathParam("id") long id, @QueryParam("date") String date) throws BusinessException {
        LocalDate day = date == null || date.isBlank() ? LocalDate.now(clock) : SeatingJson.date(date, "date");
        return seating.availability(security.getCallerPrincipal().getName(), id, day);
    }

    @GET
    @Path("/{id}/plan")
    @Produces({"image/svg+xml", "image/png", "image/jpeg", "image/webp"})
    @Operation(operationId = "getFloorPlan", summary = "The floor plan file (SVG or image) as uploaded by facilities staff")
    public Response plan(@PathParam("id") long id) throws BusinessException {
        return seating.plan(id).map(p -> Response.ok(p.content(), p.contentType())
                        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox")
                        .header("Cache-Control", "private, max-age=300").build())
                .orElse(Response.status(404).build());
    }
}
