package jp.shokuba.approval.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.shokuba.approval.application.ApprovalDetail;
import jp.shokuba.approval.application.ApprovalRecords;
import jp.shokuba.approval.application.ApprovalService;
import jp.shokuba.approval.application.ApprovalSummary;
import jp.shokuba.approval.application.StepView;
import jp.shokuba.approval.domain.Approval;
import jp.shokuba.approval.domain.Attachment;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.ConflictRetry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Approval documents (起案). Every call acts as the signed-in person; a document the caller has no part in
 * answers 404 as if it did not exist.
 */
@Path("/approvals")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("STAFF")
public class ApprovalResource {

    @Inject
    ApprovalService approvals;

    @Inject
    ApprovalRecords records;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    /** What the drafter writes. {@code consultations} are unit codes of departments (合議), {@code circulation} logins (供覧). */
    public record Draft(String title, String documentType, BigDecimal amount, String counterparty, String body,
                        Boolean confidential, List<String> consultations, List<String> circulation) {

        Approval.Content content() {
            return new Approval.Content(title, documentType, amount, counterparty, body,
                    Boolean.TRUE.equals(confidential), consultations == null ? Set.of() : Set.copyOf(consultations));
        }
    }

    public record Created(long id) {
    }

    public record State(long id, String state, String documentNumber) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApproval",
            summary = "Create a draft (起案)", description = "201 with Location and the draft's id.")
    @APIResponse(responseCode = "201", description = "Drafted; Location names the document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Created")))
    public Response create(Draft draft) throws BusinessException {
        if (draft == null) {
            throw BusinessException.invalid("input.invalid", "本文（JSON）がありません");
        }
        long id = approvals.create(me(), draft.content(), draft.circulation() == null ? List.of() : draft.circulation());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build()).entity(new Created(id)).build();
    }

    @GET
    @Operation(operationId = "listApprovals", summary = "My drafts, or approved records by date, amount and counterparty",
            description = "Without parameters: the caller's own documents and where each is now. With approvedFrom, "
                    + "approvedTo (ISO dates), minAmount, maxAmount or counterparty: approved documents the caller may see "
                    + "(records staff see all), the search keys of the Electronic Book Preservation Act.")
    public List<ApprovalSummary> list(@QueryParam("approvedFrom") String from, @QueryParam("approvedTo") String to,
                                      @QueryParam("minAmount") BigDecimal minAmount,
                                      @QueryParam("maxAmount") BigDecimal maxAmount,
                                      @QueryParam("counterparty") String counterparty) throws BusinessException {
        if (from == null && to == null && minAmount == null && maxAmount == null && counterparty == null) {
            return approvals.mine(me());
        }
        return approvals.records(me(), date(from), date(to), amount(minAmount), amount(maxAmount), counterparty);
    }

    /** The records a city keeps: no date before 1900 or after 2199 is searched for (nor sent to the database). */
    private static LocalDate date(String iso) throws BusinessException {
        LocalDate date;
        try {
            date = iso == null || iso.isBlank() ? null : LocalDate.parse(iso);
        } catch (java.time.format.DateTimeParseException e) {
            throw BusinessException.invalid("input.invalid", "日付は YYYY-MM-DD で指定してください");
        }
        if (date != null && (date.getYear() < 1900 || date.getYear() > 2199)) {
            throw BusinessException.invalid("input.invalid", "日付は 1900年から2199年までで指定してください");
        }
        return date;
    }

    private static BigDecimal amount(BigDecimal amount) throws BusinessException {
        if (amount != null && !Approval.isYenAmount(amount)) {
            throw BusinessException.invalid("input.invalid", "金額は0以上、15桁までの円単位で指定してください");
        }
        return amount;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getApproval", summary = "A document with its route, history and attachments",
            description = "state is DRAFT, IN_PROGRESS, SENT_BACK, WITHDRAWN or APPROVED; documentNumber once approved.")
    public ApprovalDetail one(@PathParam("id") long id) throws BusinessException {
        return approvals.detail(me(), id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviseApproval",
            summary = "Revise a draft, or a document sent back or withdrawn (drafter only)")
    public State revise(@PathParam("id") long id, Draft draft) throws BusinessException {
        approvals.revise(me(), id, draft.content());
        return state(id);
    }

    @GET
    @Path("/{id}/route-preview")
    @Operation(summary = "The route the document would take if submitted now (drafter only)")
    public List<StepView> preview(@PathParam("id") long id) throws BusinessException {
        return approvals.preview(me(), id);
    }

    @POST
    @Path("/{id}/submit")
    @Operation(summary = "Submit along the route the delegation rules give (drafter only)",
            description = "A document sent back starts a new round from the first step.")
    public State submit(@PathParam("id") long id) throws BusinessException {
        approvals.submit(me(), id);
        return state(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a draft that was never submitted (drafter only); 409 once it has been on its route")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id) throws BusinessException {
        approvals.deleteDraft(me(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(summary = "Withdraw (引戻し) a document waiting for a decision (drafter only)")
    public State withdraw(@PathParam("id") long id) throws BusinessException {
        ConflictRetry.run(() -> {
            approvals.withdraw(me(), id);
            return null;
        });
        return state(id);
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a PDF or Office file (drafter only)",
            description = "The body is the file; Content-Type its type; X-File-Name its name (URL-encoded UTF-8).")
    @APIResponse(responseCode = "201", description = "Attached; Location names the attachment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Created")))
    public Response attach(@PathParam("id") long id, @HeaderParam("Content-Type") String type,
                           @HeaderParam("X-File-Name") String name, byte[] content) throws BusinessException {
        String fileName = name == null ? "file" : java.net.URLDecoder.decode(name, StandardCharsets.UTF_8);
        String contentType = type == null ? "" : type.split(";")[0].strip();
        long attachment = approvals.attach(me(), id, fileName, contentType, content);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(attachment)).build())
                .entity(new Created(attachment)).build();
    }

    @GET
    @Path("/{id}/attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "An attachment's content, for inline preview")
    @APIResponse(responseCode = "200", description = "The file as attached, in its own type",
            content = @Content(mediaType = MediaType.WILDCARD))
    public Response attachment(@PathParam("id") long id, @PathParam("attachment") long attachmentId) throws BusinessException {
        Attachment a = approvals.attachment(me(), id, attachmentId);
        return Response.ok(a.content(), a.contentType())
                .header("Content-Disposition", "inline; filename*=UTF-8''" + encode(a.fileName()))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @GET
    @Path("/{id}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getApprovalPdf", summary = "The approved record as PDF/A with the stamp column (決裁欄)")
    @APIResponse(responseCode = "200", description = "The PDF/A file", content = @Content(mediaType = "application/pdf"))
    public Response pdf(@PathParam("id") long id) throws BusinessException {
        byte[] pdf = approvals.recordPdf(me(), id).orElseGet(() -> records.render(id));
        ApprovalDetail d = approvals.detail(me(), id);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encode(d.documentNumber() + ".pdf")).build();
    }

    private State state(long id) throws BusinessException {
        ApprovalDetail d = approvals.detail(me(), id);
        return new State(id, d.state(), d.documentNumber());
    }

    private String me() {
        return security.getUserPrincipal().getName();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
