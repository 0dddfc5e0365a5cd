package jp.shokuba.approval.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import jp.shokuba.approval.application.DepartmentAbbreviations;
import jp.shokuba.platform.BusinessException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Each 課's abbreviation in document numbers (金企第123号), required to submit and unique city-wide. */
@Path("/approval-abbreviations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AbbreviationsResource {

    @Inject
    DepartmentAbbreviations abbreviations;

    @Context
    SecurityContext security;

    public record Change(String abbreviation) {
    }

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "Every department with its abbreviation (null while it has none; administrators only)")
    public List<DepartmentAbbreviations.Line> all() {
        return abbreviations.all();
    }

    @PUT
    @Path("/{departmentCode}")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a department's abbreviation: {\"abbreviation\":\"企\"}; 409 when another department has it")
    public DepartmentAbbreviations.Line set(@PathParam("departmentCode") String departmentCode, Change change)
            throws BusinessException {
        return abbreviations.set(security.getUserPrincipal().getName(), departmentCode, change.abbreviation());
    }
}
