package jp.shokuba.directory.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.security.OwnPasswordChange;
import jp.shokuba.platform.security.SignInThrottle;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/me")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    DirectoryService directory;

    @Inject
    SecurityContext security;

    @Inject
    OwnPasswordChange passwordChange;

    @GET
    @Operation(operationId = "getMe", summary = "The signed-in person")
    public StaffRepresentation me() throws BusinessException {
        return StaffRepresentation.of(directory.staff(security.getCallerPrincipal().getName()));
    }

    @PUT
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change my own password: {\"currentPassword\": \"…\", \"newPassword\": \"…\"}",
            description = "204 when changed; every other session of mine ends. A wrong current password answers 403 and"
                    + " counts like a failed sign-in (429 with Retry-After after too many); a new password shorter"
                    + " than 12 characters (or longer than 128, or the same as the current) answers 400.")
    public Response changePassword(@Context HttpServletRequest request, JsonObject body) throws BusinessException {
        try {
            passwordChange.change(request, security.getCallerPrincipal().getName(),
                    text(body, "currentPassword"), text(body, "newPassword"));
            return Response.noContent().build();
        } catch (OwnPasswordChange.MustWait wait) {
            return Response.fromResponse(SignInThrottle.problem(wait.seconds()).toResponse())
                    .header("Retry-After", Long.toString(wait.seconds())).build();
        }
    }

    private static String text(JsonObject body, String name) throws BusinessException {
        if (body == null || !(body.get(name) instanceof JsonString value)) {
            throw BusinessException.invalid("input.invalid", name + " を文字列で指定してください");
        }
        return value.getString();
    }
}
