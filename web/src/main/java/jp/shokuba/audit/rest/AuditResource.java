package jp.shokuba.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEntries;
import jp.shokuba.audit.domain.AuditEntry;
import jp.shokuba.audit.domain.AuditQuery;
import jp.shokuba.audit.domain.ChainHead;
import jp.shokuba.audit.domain.ChainVerification;
import jp.shokuba.audit.domain.RemoteAddress;
import jp.shokuba.audit.domain.VerificationRun;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.CityTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail for administrators: its entries, filtered and paged, and the check of its chain. */
@Path("/audit")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "audit", description = "The hash-chained audit trail (監査証跡); administrators only.")
public class AuditResource {

    private static final String VERIFICATION = "Recomputes every link in the chain's order and compares the chain with "
            + "every published head. Findings: CONTENT_ALTERED (an entry edited), CHAIN_BROKEN (a link before it removed or "
            + "rewritten), ENTRY_MISSING (an entry row deleted), UNSEALED (left out of the chain for over a minute), "
            + "HEAD_MISMATCH (the chain no longer passes through a published head: rewritten), CHAIN_TRUNCATED (shorter "
            + "than a published head), HEAD_FORGED (a head whose signature does not verify).";
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2200;

    @Inject
    AuditTrail audit;

    /** One entry as stored; {@code occurredAt} in Japan time (ISO 8601 with offset). */
    public record Entry(long id, String occurredAt, String actor, String action, String objectType, String objectId,
                        String remoteAddress, String detail) {

        static Entry of(AuditEntry e) {
            return new Entry(e.id(), OffsetDateTime.ofInstant(e.occurredAt(), CityTime.ZONE).toString(), e.actor(),
                    e.action(), e.objectType(), e.objectId(), RemoteAddress.normalised(e.remoteAddress()), e.detail());
        }
    }

    /** A page of entries, newest first; {@code total} counts every entry the filters find. */
    public record Listing(List<Entry> entries, long total, int page, int size) {
    }

    /** The outcome of a verification; {@code problems} lists each entry that was edited or does not follow its predecessor. */
    public record Verification(String ranAt, boolean intact, long checked, List<ChainVerification.Problem> problems) {

        static Verification of(VerificationRun run) {
            return new Verification(OffsetDateTime.ofInstant(run.ranAt(), CityTime.ZONE).toString(), run.intact(),
                    run.checked(), run.problems());
        }
    }

    /** A published head: the chain's last sealed entry, its length and hash, signed. */
    public record Head(String day, long lastId, long count, String hash, String signature) {

        static Head of(ChainHead h) {
            return new Head(h.day().toString(), h.lastEntryId(), h.count(), h.hash(), h.signature());
        }
    }

    @GET
    @Operation(operationId = "listAuditEntries", summary = "List audit entries, newest first (administrators only)",
            description = "Every filter is optional and they combine. Answers {entries:[{id, occurredAt, actor, action, "
                    + "objectType, objectId, remoteAddress, detail}], total, page, size}. detail is the text as it was "
                    + "recorded (it may hold line breaks or bidirectional control characters; escape it before showing it). "
                    + "A malformed parameter answers 400 with a problem body; callers without ADMIN get 403.")
    public Listing list(@Parameter(description = "login of the person who acted (exact), or `system`") @QueryParam("actor") String actor,
                        @Parameter(description = "the action, e.g. `approval.approved`; ending in a dot it is a prefix "
                                + "(`approval.` finds every approval action)") @QueryParam("kind") String kind,
                        @Parameter(description = "the kind of object, e.g. `Approval`, `DeskBooking`, `Staff`") @QueryParam("objectType") String objectType,
                        @Parameter(description = "the object's id within its kind (exact)") @QueryParam("objectId") String objectId,
                        @Parameter(description = "first day, YYYY-MM-DD in Japan time (Asia/Tokyo), included") @QueryParam("from") String from,
                        @Parameter(description = "last day, YYYY-MM-DD in Japan time (Asia/Tokyo), included") @QueryParam("to") String to,
                        @Parameter(description = "page number from 1 (default 1)") @QueryParam("page") String page,
                        @Parameter(description = "entries per page, default " + AuditQuery.DEFAULT_SIZE
                                + "; clamped to 1.." + AuditQuery.MAX_SIZE) @QueryParam("size") String size)
            throws BusinessException {
        AuditQuery query;
        try {
            query = new AuditQuery(text("actor", actor, 64), text("kind", kind, 64), text("objectType", objectType, 64),
                    text("objectId", objectId, 128), day("from", from), day("to", to),
                    integer("page", page, 1), integer("size", size, AuditQuery.DEFAULT_SIZE));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("input.invalid", e.getMessage());
        }
        AuditEntries found = audit.search(query);
        return new Listing(found.entries().stream().map(Entry::of).toList(), found.total(), query.page(), query.size());
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Verify the audit chain now (administrators only)",
            description = "The same as POST /api/v1/audit/verification.")
    public Verification verify() {
        return runVerification();
    }

    @POST
    @Path("/verification")
    @Operation(summary = "Verify the audit chain now (administrators only)",
            description = VERIFICATION)
    public Verification runVerification() {
        return Verification.of(VerificationRun.of(Instant.now(), audit.verify()));
    }

    @GET
    @Path("/verification")
    @Operation(summary = "The last verification of the audit chain (administrators only)",
            description = "The chain is verified every hour and on demand. " + VERIFICATION)
    public Verification lastVerification() {
        return audit.lastVerification().map(Verification::of).orElseGet(this::runVerification);
    }

    @GET
    @Path("/heads")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Download the published heads of the audit chain (administrators only)",
            description = "One line per head, oldest first: `date lastId count hash signature`. A head is published "
                    + "just after each day's end (and on demand); signature is HMAC-SHA256 of `date lastId count hash` "
                    + "under a key kept outside the database. Keep this file outside the platform: a verification "
                    + "compares the chain with every head, so a chain rewritten or cut back afterwards is caught.")
    public Response heads() {
        String lines = audit.heads().stream().map(h -> h.line() + "\n").collect(Collectors.joining());
        return Response.ok(lines, MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"audit-heads.txt\"").build();
    }

    @POST
    @Path("/heads")
    @Operation(summary = "Publish the audit chain's head now (administrators only)",
            description = "Seals every committed entry, then publishes the head labelled with today's date: logged as one "
                    + "signed line and added to GET /api/v1/audit/heads.")
    public Head publishHead() {
        return Head.of(audit.publishHead());
    }

    private static String text(String name, String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(name + " は " + max + " 文字以内で指定してください");
        }
        return value;
    }

    private static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(value.strip());
            if (d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR) {
                throw new IllegalArgumentException(name + " は " + FIRST_YEAR + "〜" + LAST_YEAR + " 年の日付にしてください");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " は YYYY-MM-DD の日付で指定してください");
        }
    }

    private static int integer(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            if (value.strip().matches("[+-]?\\d+")) {
                return value.strip().startsWith("-") ? Integer.MIN_VALUE : Integer.MAX_VALUE; // clamped or refused
            }
            throw new IllegalArgumentException(name + " は整数で指定してください");
        }
    }
}
