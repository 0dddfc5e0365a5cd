package jp.shokuba.meetings.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.SecurityContext;
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
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.shokuba.meetings.application.MaterialSummary;
import jp.shokuba.meetings.application.MeetingBroadcast;
import jp.shokuba.meetings.application.MeetingMessage;
import jp.shokuba.meetings.application.MeetingDetail;
import jp.shokuba.meetings.application.MeetingService;
import jp.shokuba.meetings.application.NewMeeting;
import jp.shokuba.meetings.application.NoteJson;
import jp.shokuba.meetings.application.Revision;
import jp.shokuba.meetings.domain.Annotation;
import jp.shokuba.meetings.web.LiveMeetings;
import jp.shokuba.platform.BusinessException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Paperless meetings. Pages are numbered from 1; points are PDF user-space coordinates of their page. Only the
 * organiser, the attendees and the delegates see a meeting: to anyone else it is 404.
 */
@Path("/meetings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "meetings", description = MeetingsResource.LIVE)
public class MeetingsResource {

    /** The WebSocket's message format, documented beside the REST API. */
    static final String LIVE = "Paperless meetings. Live channel: WebSocket /ws/meetings/{id}?since=<seq> (signed in "
            + "like the pages or with HTTP Basic on the handshake; same-origin Origin only; members only, others are "
            + "closed with 1008). JSON text messages with a type in \"t\". Server to client: "
            + "{\"t\":\"hello\",\"login\",\"presenter\",\"page\",\"materialId\",\"locked\",\"lastSeq\"} after the replay of "
            + "every change after since; {\"t\":\"annotation\",\"id\",\"seq\",\"materialId\",\"version\",\"page\",\"layer\","
            + "\"type\",\"author\",\"points\":[[x,y]…],\"color\",\"width\",\"text\"?,\"createdAt\"} a finished note "
            + "(private ones only to their author); {\"t\":\"erased\",\"id\",\"seq\"}; {\"t\":\"revision\",\"materialId\","
            + "\"version\",\"pages\",\"seq\"} reload the material; {\"t\":\"stroke\",\"from\",\"sid\",\"materialId\",\"page\","
            + "\"points\",\"color\",\"width\",\"done\"?} a shared stroke while it is drawn; {\"t\":\"page\",\"materialId\","
            + "\"page\",\"presenter\"} the presenter turned the page; {\"t\":\"laser\",\"page\",\"x\",\"y\"} (x null: off); "
            + "{\"t\":\"presenter\",\"login\"}; {\"t\":\"lock\",\"locked\"}; {\"t\":\"ack\",\"ref\",\"id\",\"seq\"} and "
            + "{\"t\":\"error\",\"ref\",\"status\",\"detail\"} answer the sender. Client to server: {\"t\":\"stroke\",…} "
            + "(shared layer only; never stored), {\"t\":\"annotate\",\"ref\",\"materialId\", then the fields of POST "
            + "…/annotations}, {\"t\":\"erase\",\"ref\",\"id\"}, {\"t\":\"page\",\"materialId\",\"page\"} and "
            + "{\"t\":\"laser\",…} (presenter), {\"t\":\"handover\",\"to\"} (presenter or organiser), {\"t\":\"lock\","
            + "\"locked\"} (organiser). seq numbers every change of the notes per meeting; a client keeps the highest "
            + "seen and reconnects with since=<seq>: it receives each change after it exactly once, in order.";

    @Inject
    MeetingService meetings;

    @Inject
    MeetingBroadcast broadcast;

    @Inject
    LiveMeetings live;

    @Inject
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createMeeting",
            summary = "Create a meeting: {\"title\", \"start\", \"end\", \"roomId\"?, \"attendees\":[logins], "
            + "\"attendeeUnits\"?:[unit codes], \"delegates\"?:[logins], \"agenda\":[{\"title\"}], \"confidential\"?}",
            description = "start and end are ISO 8601 date-times (without offset: Asia/Tokyo). With roomId the room is "
                    + "booked through seating's room booking for that time; a room already booked answers 409. "
                    + "attendeeUnits invites the active members of teams or departments (and of the units below them). "
                    + "A confidential (取扱注意) meeting's PDFs and exports carry the reader's name and the time on "
                    + "every page, and each is audited.")
    @APIResponse(responseCode = "201", description = "{\"id\"}; Location names the meeting")
    @APIResponse(responseCode = "400", description = "A missing or malformed field, or an unknown attendee")
    @APIResponse(responseCode = "409", description = "The room is booked at that time")
    public Response create(String body) throws BusinessException {
        JsonObject o = object(body);
        long id = meetings.create(me(), new NewMeeting(MeetingJson.text(o, "title", true), MeetingJson.instant(o, "start"),
                MeetingJson.instant(o, "end"), MeetingJson.optionalNumber(o, "roomId"),
                MeetingJson.logins(o, "attendees", true), MeetingJson.unitCodes(o, "attendeeUnits"),
                MeetingJson.logins(o, "delegates", false), MeetingJson.agenda(o), MeetingJson.flag(o, "confidential")));
        return Response.created(uri.getBaseUriBuilder().path("meetings").path(Long.toString(id)).build())
                .entity(NoteJson.JSON.createObjectBuilder().add("id", id).build()).build();
    }

    @GET
    @Operation(operationId = "listMyMeetings",
            summary = "My meetings (organised, attending or as delegate), from thirty days ago on")
    public List<MeetingDetail> mine() {
        return meetings.myMeetings(me());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMeeting", summary = "A meeting with its agenda and materials (members only)")
    @APIResponse(responseCode = "404", description = "No such meeting, or the caller is not one of its members")
    public MeetingDetail one(@PathParam("id") long id) throws BusinessException {
        return meetings.detail(me(), id);
    }

    @POST
    @Path("/{id}/delegates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Name a delegate (代理) who may see the meeting: {\"login\"} (an attendee or the organiser)")
    public Response delegate(@PathParam("id") long id, String body) throws BusinessException {
        meetings.nameDelegate(me(), id, MeetingJson.text(object(body), "login", true));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/materials")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Hand out a material (organiser): multipart/form-data with the field file",
            description = "A PDF, checked with PDFBox and stored once by its SHA-256. Office files are converted by "
                    + "LibreOffice headless where the server has it, and refused with a clear message otherwise.")
    @APIResponse(responseCode = "201", description = "{\"id\", \"pages\", \"version\"}")
    @APIResponse(responseCode = "400", description = "Not a readable PDF (nothing is stored), or no field file")
    public Response addMaterial(@PathParam("id") long id, @HeaderParam("Content-Type") String type, byte[] body)
            throws BusinessException {
        MultipartFile file = file(type, body);
        MaterialSummary m = meetings.addMaterial(me(), id, file.fileName(), file.bytes());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(m.id())).build())
                .entity(NoteJson.JSON.createObjectBuilder().add("id", m.id()).add("pages", m.pages())
                        .add("version", m.version()).build()).build();
    }

    @PUT
    @Path("/{id}/materials/{mid}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "reviseMeetingMaterial",
            summary = "Replace a material with a new version (差し替え, organiser): multipart field file",
            description = "Every note moves to the page of the new version that matches its page by text and image; "
                    + "notes whose page is gone are kept with page null (orphaned). The old version stays viewable.")
    @APIResponse(responseCode = "200", description = "{\"id\", \"version\", \"moved\", \"orphaned\"}")
    public JsonObject revise(@PathParam("id") long id, @PathParam("mid") long mid, @HeaderParam("Content-Type") String type,
                             byte[] body) throws BusinessException {
        MultipartFile file = file(type, body);
        Revision r = meetings.revise(me(), id, mid, file.fileName(), file.bytes());
        JsonArrayBuilder ids = NoteJson.JSON.createArrayBuilder();
        r.orphanedIds().forEach(ids::add);
        return NoteJson.JSON.createObjectBuilder().add("id", r.id()).add("version", r.version()).add("moved", r.moved())
                .add("orphaned", r.orphaned()).add("orphanedIds", ids).build();
    }

    @GET
    @Path("/{id}/materials/{mid}/pdf")
    @Produces("application/pdf")
    @Operation(operationId = "getMeetingMaterialPdf", summary = "The material's PDF; ?version=N for an older version")
    public Response pdf(@PathParam("id") long id, @PathParam("mid") long mid, @QueryParam("version") Integer version)
            throws BusinessException {
        return Response.ok(meetings.pdf(me(), id, mid, version), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"material-" + mid + ".pdf\"").build();
    }

    @GET
    @Path("/{id}/materials/{mid}/annotations")
    @Operation(summary = "My private and every shared note on the material's current version",
            description = "Orphaned notes (their page gone in a revision) come with page null and orphaned true.")
    public Response annotations(@PathParam("id") long id, @PathParam("mid") long mid) throws BusinessException {
        JsonArrayBuilder out = NoteJson.JSON.createArrayBuilder();
        for (Annotation a : meetings.annotations(me(), id, mid)) {
            out.add(NoteJson.of(a));
        }
        return Response.ok(out.build().toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    @POST
    @Path("/{id}/materials/{mid}/annotations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a note: {\"page\", \"layer\":\"PRIVATE|SHARED\", \"type\":\"INK|HIGHLIGHT|TEXT|STAMP\", "
            + "\"points\":[[x,y],…], \"color\":\"#rrggbb\", \"width\", \"text\"?}",
            description = "STAMP text is 確認, 要検討 or ✓; TEXT needs text. A shared note on a locked shared layer is 403.")
    @APIResponse(responseCode = "201", description = "{\"id\", \"seq\"}")
    public Response annotate(@PathParam("id") long id, @PathParam("mid") long mid, String body) throws BusinessException {
        Annotation a = meetings.annotate(me(), id, mid, MeetingJson.annotation(object(body)));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(a.id())).build())
                .entity(NoteJson.JSON.createObjectBuilder().add("id", a.id()).add("seq", a.seq()).build()).build();
    }

    @DELETE
    @Path("/{id}/materials/{mid}/annotations/{aid}")
    @Operation(summary = "Erase a note (its author; the organiser also shared ones)")
    public JsonObject erase(@PathParam("id") long id, @PathParam("mid") long mid, @PathParam("aid") long aid)
            throws BusinessException {
        return NoteJson.JSON.createObjectBuilder().add("seq", meetings.erase(me(), id, aid)).build();
    }

    @GET
    @Path("/{id}/materials/{mid}/export")
    @Produces("application/pdf")
    @Operation(summary = "The material with my private and the shared notes as PDF annotations",
            description = "/Ink, /Highlight, /Text and /Stamp annotations written by PDFBox, each with its author and time; "
                    + "never another person's private notes.")
    public Response export(@PathParam("id") long id, @PathParam("mid") long mid) throws BusinessException {
        return Response.ok(meetings.export(me(), id, mid), "application/pdf")
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode("material-" + mid + "-notes.pdf", StandardCharsets.UTF_8)).build();
    }

    @PUT
    @Path("/{id}/shared-lock")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lock or unlock the shared layer (organiser): {\"locked\": true|false}")
    public JsonObject lock(@PathParam("id") long id, String body) throws BusinessException {
        JsonObject o = object(body);
        boolean locked = o.get("locked") == JsonValue.TRUE;
        meetings.lockShared(me(), id, locked);
        live.lock(id, locked);
        broadcast.publish(new MeetingMessage(id, 0, null, null, NoteJson.JSON.createObjectBuilder().add("t", "lock")
                .add("locked", locked).build().toString()));
        return NoteJson.JSON.createObjectBuilder().add("locked", locked).build();
    }

    private static MultipartFile file(String type, byte[] body) throws BusinessException {
        return MultipartFile.field(type, body, "file")
                .orElseThrow(() -> MeetingJson.bad("multipart/form-data の file フィールドが必要です"));
    }

    static JsonObject object(String body) throws BusinessException {
        try {
            JsonValue v = NoteJson.JSON.createReader(new StringReader(body == null ? "" : body)).readValue();
            if (v instanceof JsonObject o) {
                return o;
            }
        } catch (JsonException | IllegalStateException e) {
            throw MeetingJson.bad("本文が JSON として読めません");
        }
        throw MeetingJson.bad("本文は JSON オブジェクトです");
    }

    private String me() {
        return security.getCallerPrincipal().getName();
    }
}
