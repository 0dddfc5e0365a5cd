package jp.shokuba.records.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.rest.Problem;
import jp.shokuba.records.application.IntakeService;
import jp.shokuba.records.application.IntakeStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Where files are in intake, and the quarantine: retry or discard (audited). */
@Path("/intake")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("RECORDS")
public class IntakeResource {

    @Inject
    IntakeService intake;

    @GET
    @Path("/{id}")
    @Operation(operationId = "getIntake", summary = "One file's intake",
            description = "state is QUEUED, EXTRACTING, OCR, WAITING_FOR_OCR, INDEXED, DUPLICATE or QUARANTINED; reason "
                    + "(Japanese, for a clerk) when quarantined or waiting; recordId once recorded; duplicateOf, the "
                    + "existing record, for DUPLICATE. step, pagesDone and pagesTotal tell the progress.")
    public JsonObject one(@PathParam("id") long id) throws BusinessException {
        return IntakeJson.of(intake.status(id)
                .orElseThrow(() -> BusinessException.notFound("records.intake.notFound", id)));
    }

    @GET
    @Operation(summary = "The latest intakes, newest first (the queue page's list)",
            description = "state=QUARANTINED lists the quarantine instead.")
    public JsonArray latest(@QueryParam("state") String state) {
        List<IntakeStatus> list = "QUARANTINED".equals(state) ? intake.quarantined(200) : intake.latest(100);
        JsonArrayBuilder a = Problem.JSON.createArrayBuilder();
        list.forEach(s -> a.add(IntakeJson.of(s)));
        return a.build();
    }

    @POST
    @Path("/{id}/retry")
    @Operation(operationId = "retryIntake",
            summary = "Queue a quarantined or waiting file again", description = "409 for any other state.")
    public JsonObject retry(@PathParam("id") long id) throws BusinessException {
        return IntakeJson.of(intake.retry(id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Discard a quarantined file and its record",
            description = "Audited with the file's name and SHA-256. 409 unless quarantined.")
    public Response discard(@PathParam("id") long id) throws BusinessException {
        intake.discard(id);
        return Response.noContent().build();
    }
}
