package jp.shokuba.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEntries;
import jp.shokuba.audit.domain.AuditEntry;
import jp.shokuba.audit.domain.AuditQuery;
import jp.shokuba.audit.domain.ChainVerification;
import jp.shokuba.audit.domain.RemoteAddress;
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
    public record Verification(boolean intact, long checked, List<ChainVerification.Problem> problems) {
    }

    @GET
    @Operation(summary = "List audit entries, newest first (administrators only)",
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
    @Operation(summary = "Verify the audit chain (administrators only)",
            description = "Recomputes every entry's hash in order and reports entries whose content was altered "
                    + "(CONTENT_ALTERED) or whose link to the previous entry is broken (CHAIN_BROKEN).")
    public Verification verify() {
        ChainVerification result = audit.verify();
        return new Verification(result.intact(), result.checked(), result.problems());
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
