package jp.shokuba.directory.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.platform.BusinessException;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/me")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    DirectoryService directory;

    @Inject
    SecurityContext security;

    @GET
    @Operation(summary = "The signed-in person")
    public StaffRepresentation me() throws BusinessException {
        return StaffRepresentation.of(directory.staff(security.getCallerPrincipal().getName()));
    }
}
