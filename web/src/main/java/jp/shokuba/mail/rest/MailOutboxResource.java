package jp.shokuba.mail.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import jp.shokuba.mail.application.MailOutboxAdmin;
import jp.shokuba.platform.BusinessException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The mail outbox for administrators: what is not sent yet, what is stuck with its last error, and retry now. */
@Path("/admin/mail-outbox")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MailOutboxResource {

    @Inject
    MailOutboxAdmin outbox;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "Unsent mail, oldest first, each with its attempts, last error and whether it is stuck (administrators only)")
    public List<MailOutboxAdmin.Line> unsent() {
        return outbox.unsent();
    }

    @POST
    @Path("/{id}/retry")
    @RolesAllowed("ADMIN")
    @Operation(operationId = "retryMail",
            summary = "Send an unsent mail again now (202); 404 when there is no such unsent mail")
    public Response retry(@PathParam("id") long id) throws BusinessException {
        outbox.retryNow(security.getUserPrincipal().getName(), id);
        return Response.accepted().build();
    }
}
