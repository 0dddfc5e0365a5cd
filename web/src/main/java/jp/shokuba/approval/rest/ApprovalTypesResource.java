package jp.shokuba.approval.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.shokuba.approval.application.ApprovalService;
import jp.shokuba.approval.application.TypeSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/approval-types")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApprovalTypesResource {

    @Inject
    ApprovalService approvals;

    @GET
    @RolesAllowed("STAFF")
    @Operation(summary = "Document types that can be drafted",
            description = "Each type's code, Japanese name, whether it has an amount, its retention period (保存年限), "
                    + "filing volume (簿冊) and whether the rules allow bulk approval (low risk).")
    public List<TypeSummary> types() {
        return approvals.types();
    }
}
