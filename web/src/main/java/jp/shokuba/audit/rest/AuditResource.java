package jp.shokuba.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.ChainVerification;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/audit")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditTrail audit;

    /** The outcome of a verification; {@code problems} lists each entry that was edited or does not follow its predecessor. */
    public record Verification(boolean intact, long checked, List<ChainVerification.Problem> problems) {
    }

    @GET
    @Path("/verify")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Verify the audit chain (administrators only)",
            description = "Recomputes every entry's hash in order and reports entries whose content was altered "
                    + "(CONTENT_ALTERED) or whose link to the previous entry is broken (CHAIN_BROKEN).")
    public Verification verify() {
        ChainVerification result = audit.verify();
        return new Verification(result.intact(), result.checked(), result.problems());
    }
}
