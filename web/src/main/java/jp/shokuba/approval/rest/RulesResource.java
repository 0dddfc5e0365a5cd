package jp.shokuba.approval.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import jp.shokuba.approval.application.RulesService;
import jp.shokuba.approval.domain.RuleLine;
import jp.shokuba.approval.domain.RulesRepository;
import jp.shokuba.platform.BusinessException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The delegation rules (専決規程), read by anyone, saved as a new version by administrators. */
@Path("/approval-rules")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class RulesResource {

    @Inject
    RulesService rules;

    @Context
    SecurityContext security;

    public record NewVersion(String note, List<RuleLine> lines) {
    }

    public record Saved(int version) {
    }

    @GET
    @RolesAllowed("STAFF")
    @Operation(summary = "The current delegation rules: lines in order, the first that matches gives the final post")
    public RulesRepository.RulesVersion current() throws BusinessException {
        return rules.current();
    }

    @POST
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveApprovalRules", summary = "Save the rules as a new version (administrators only)")
    public Saved save(NewVersion body) throws BusinessException {
        return new Saved(rules.save(security.getUserPrincipal().getName(), body.lines(), body.note()));
    }
}
