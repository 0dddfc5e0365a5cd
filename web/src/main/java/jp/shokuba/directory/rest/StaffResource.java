package jp.shokuba.directory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.platform.BusinessException;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/staff")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    private static final int MAX_PAGE = 5000;

    @Inject
    DirectoryService directory;

    @GET
    @RolesAllowed("ADMIN")
    @Operation(operationId = "listStaff", summary = "List staff (administrators only)",
            description = "Optionally filtered by q (name, kana, login, employee number or unit), paged by first and max.")
    public List<StaffRepresentation> list(@QueryParam("q") @DefaultValue("") String q,
                                          @QueryParam("first") @DefaultValue("0") int first,
                                          @QueryParam("max") @DefaultValue("1000") int max) throws BusinessException {
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw BusinessException.invalid("input.invalid", "first は 0 以上、max は 1〜" + MAX_PAGE + " で指定してください");
        }
        return directory.searchStaff(q, first, max).stream().map(StaffRepresentation::of).toList();
    }

    @GET
    @Path("/{login}")
    @RolesAllowed("ADMIN")
    @Operation(operationId = "getStaffMember",
            summary = "One member of staff (administrators only)", description = "Audited (staff.viewed).")
    public StaffRepresentation one(@PathParam("login") String login) throws BusinessException {
        return StaffRepresentation.of(directory.staffRecordForAdmin(login));
    }
}
