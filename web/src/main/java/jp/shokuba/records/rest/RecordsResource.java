package jp.shokuba.records.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.rest.Problem;
import jp.shokuba.records.application.IntakeStatus;
import jp.shokuba.records.application.PageView;
import jp.shokuba.records.application.RecordDetail;
import jp.shokuba.records.application.RecordService;
import jp.shokuba.records.application.SearchQuery;
import jp.shokuba.records.application.SearchResult;
import jp.shokuba.records.application.Uploads;
import jp.shokuba.records.domain.Classification;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Records: upload into intake, search, and read a record, its pages, its searchable PDF and its original.
 * Everything served is masked for My Numbers; the original of a record that holds one goes to RECORDS_PII only.
 */
@Path("/records")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("RECORDS")
public class RecordsResource {

    @Inject
    Uploads uploads;

    @Inject
    RecordService records;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Hand a file to intake",
            description = "multipart/form-data with the file in field `file` (PDF, TIFF, JPEG, PNG, Office, text). "
                    + "202 Accepted with {intakeId, state} and Location /api/v1/intake/{id}: the file is stored and "
                    + "recorded before this answers; the same bytes again answer state DUPLICATE.")
    public Response upload(@jakarta.ws.rs.HeaderParam("Content-Type") String contentType, InputStream form)
            throws BusinessException, IOException {
        // Parsed with Jakarta Mail rather than taken as EntityPart: an EntityPart parameter sent Payara's OpenAPI
        // scanner through the multipart reader's types and /openapi stopped answering.
        IntakeStatus s;
        try {
            jakarta.mail.internet.MimeMultipart parts = new jakarta.mail.internet.MimeMultipart(
                    new jakarta.mail.util.ByteArrayDataSource(form, contentType));
            jakarta.mail.BodyPart file = null;
            for (int i = 0; i < parts.getCount(); i++) {
                String[] disposition = parts.getBodyPart(i).getHeader("Content-Disposition");
                if (disposition != null && disposition[0].matches("(?s).*;\\s*name=\"?file\"?(;.*|\\s*)$")) {
                    file = parts.getBodyPart(i);
                    break;
                }
            }
            if (file == null) {
                throw BusinessException.invalid("records.upload.noFile");
            }
            try (InputStream in = file.getInputStream()) {
                s = uploads.upload(in, utf8(file.getFileName() == null ? "無題" : file.getFileName()),
                        file.getContentType());
            }
        } catch (jakarta.mail.MessagingException notMultipart) {
            throw BusinessException.invalid("records.upload.noFile");
        }
        JsonObject body = Problem.JSON.createObjectBuilder().add("intakeId", s.intakeId())
                .add("state", s.state().name()).build();
        return Response.accepted(body).location(URI.create("/api/v1/intake/" + s.intakeId())).build();
    }

    @GET
    @Path("/search")
    @Operation(summary = "Full-text search over every page",
            description = "Japanese words of any length (税, 決裁), names with or without the space, amounts as "
                    + "¥1,282,380, 1,282,380円 or 1282380. Filters combine: department, type, fiscalYear (年度, e.g. 2024), "
                    + "from/to (document date, YYYY-MM-DD), minAmount/maxAmount (yen), counterparty (part of the name). "
                    + "Answers {total, hits:[{recordId, fileName, title, page, snippet}]}; snippet is HTML with the hit "
                    + "in <mark>. A My Number as q finds its records for RECORDS_PII only (audited); for anyone else "
                    + "it finds nothing, since no text holds one.")
    public SearchResult search(@QueryParam("q") String q,
                               @Parameter(description = "1 to 100, default 20") @QueryParam("size") String size,
                               @QueryParam("department") String department, @QueryParam("type") String type,
                               @QueryParam("fiscalYear") String fiscalYear, @QueryParam("from") String from,
                               @QueryParam("to") String to, @QueryParam("minAmount") String minAmount,
                               @QueryParam("maxAmount") String maxAmount,
                               @QueryParam("counterparty") String counterparty) throws BusinessException {
        return records.search(new SearchQuery(q, size == null || size.isBlank() ? 20 : integer("size", size),
                department, type, fiscalYear == null || fiscalYear.isBlank() ? null : integer("fiscalYear", fiscalYear),
                date("from", from), date("to", to), amount("minAmount", minAmount), amount("maxAmount", maxAmount),
                counterparty));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRecord", summary = "A record: its file, classification, personal-data flags and intakes")
    public RecordDetail one(@PathParam("id") long id) throws BusinessException {
        return records.record(id);
    }

    /** A correction of what classification found. */
    public record Correction(String title, String documentType, String department, String counterparty, Long amount,
                             String documentDate, Integer retentionYears) {
    }

    @PUT
    @Path("/{id}/classification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct the classification", description = "Audited. retentionYears: 1, 3, 5, 10, 30 or 0 (永年).")
    public RecordDetail correct(@PathParam("id") long id, Correction c) throws BusinessException {
        if (c == null) {
            throw BusinessException.invalid("input.invalid", "本文（JSON）がありません");
        }
        return records.correct(id, new Classification(c.title(), c.documentType(), c.department(), c.counterparty(),
                c.amount(), date("documentDate", c.documentDate()), c.retentionYears()));
    }

    @GET
    @Path("/{id}/pages/{page}")
    @Operation(summary = "One page: masked text, line boxes, and the lines holding q (marked)")
    public PageView page(@PathParam("id") long id, @PathParam("page") int page, @QueryParam("q") String q)
            throws BusinessException {
        return records.page(id, page, q);
    }

    @GET
    @Path("/{id}/pages/{page}/image")
    @Produces("image/jpeg")
    @Operation(summary = "The page as people see it (redacted where a My Number was)")
    public Response pageImage(@PathParam("id") long id, @PathParam("page") int page) throws BusinessException {
        return Response.ok(records.preview(id, page), "image/jpeg").header("Cache-Control", "private, max-age=300")
                .build();
    }

    @GET
    @Path("/{id}/pdf")
    @Produces("application/pdf")
    @Operation(operationId = "getRecordPdf",
            summary = "The searchable PDF", description = "Page images with an invisible, masked text layer.")
    public Response pdf(@PathParam("id") long id) throws BusinessException {
        RecordDetail r = records.record(id);
        return download(records.searchableCopy(id), "application/pdf", base(r.fileName()) + ".pdf");
    }

    @GET
    @Path("/{id}/original")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "The original, byte for byte",
            description = "403 for a record holding a My Number unless the caller has RECORDS_PII; such views are audited.")
    public Response original(@PathParam("id") long id) throws BusinessException {
        RecordDetail r = records.record(id);
        return download(records.original(id), MediaType.APPLICATION_OCTET_STREAM, r.fileName());
    }

    private static Response download(byte[] bytes, String type, String name) {
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(bytes, type)
                .header("Content-Disposition", "attachment; filename=\"record\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /**
     * Browsers send a multipart file name as raw UTF-8 bytes, which the multipart reader decodes as ISO-8859-1;
     * a name that round-trips into valid UTF-8 is decoded again as UTF-8.
     */
    static String utf8(String name) {
        if (name.chars().anyMatch(c -> c > 0xFF)) {
            return name;
        }
        byte[] raw = name.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(raw)).toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return name;
        }
    }

    private static String base(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static int integer(String name, String v) throws BusinessException {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.invalid("records.query.invalid", name);
        }
    }

    private static Long amount(String name, String v) throws BusinessException {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(v.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw BusinessException.invalid("records.query.invalid", name);
        }
    }

    private static LocalDate date(String name, String v) throws BusinessException {
        try {
            return v == null || v.isBlank() ? null : LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid("records.query.invalid", name);
        }
    }
}
