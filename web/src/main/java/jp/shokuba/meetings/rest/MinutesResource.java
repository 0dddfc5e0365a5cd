package jp.shokuba.meetings.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.shokuba.meetings.application.MeetingService;
import jp.shokuba.meetings.application.NoteJson;
import jp.shokuba.meetings.domain.MeetingStore;
import jp.shokuba.platform.BusinessException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The minutes (議事録) of a meeting: a decision per agenda item (numbered from 1) and action items. */
@Path("/meetings/{id}/minutes")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "meetings")
public class MinutesResource {

    @Inject
    MeetingService meetings;

    @Inject
    SecurityContext security;

    @GET
    @Operation(summary = "The minutes (members)")
    public JsonObject minutes(@PathParam("id") long id) throws BusinessException {
        return json(meetings.minutes(me(), id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveMinutes",
            summary = "Save the minutes (organiser): {\"decisions\":[{\"item\",\"decision\"}], "
            + "\"actions\":[{\"item\",\"what\",\"owner\",\"due\":\"YYYY-MM-DD\"}]}",
            description = "item is the agenda item's number from 1 (0 in an action: the meeting as a whole). Saving "
                    + "replaces the minutes and lets records file them with the materials.")
    public JsonObject save(@PathParam("id") long id, String body) throws BusinessException {
        JsonObject o = MeetingsResource.object(body);
        Map<Integer, String> decisions = new TreeMap<>();
        for (JsonObject d : objects(o, "decisions")) {
            decisions.put((int) MeetingJson.number(d, "item"), MeetingJson.text(d, "decision", true));
        }
        List<MeetingStore.ActionItem> actions = new ArrayList<>();
        for (JsonObject a : objects(o, "actions")) {
            LocalDate due;
            try {
                due = LocalDate.parse(MeetingJson.text(a, "due", true));
            } catch (DateTimeParseException e) {
                throw MeetingJson.bad("due は YYYY-MM-DD です");
            }
            actions.add(new MeetingStore.ActionItem((int) MeetingJson.number(a, "item"), MeetingJson.text(a, "what", true),
                    MeetingJson.text(a, "owner", true), due));
        }
        meetings.saveMinutes(me(), id, decisions, actions);
        return json(meetings.minutes(me(), id));
    }

    private static List<JsonObject> objects(JsonObject o, String name) throws BusinessException {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(v instanceof JsonArray a) || a.stream().anyMatch(x -> !(x instanceof JsonObject))) {
            throw MeetingJson.bad(name + " はオブジェクトの配列です");
        }
        return a.getValuesAs(JsonObject.class);
    }

    private static JsonObject json(MeetingStore.Minutes m) {
        JsonArrayBuilder decisions = NoteJson.JSON.createArrayBuilder();
        m.decisions().forEach((item, decision) -> decisions.add(NoteJson.JSON.createObjectBuilder().add("item", item)
                .add("decision", decision)));
        JsonArrayBuilder actions = NoteJson.JSON.createArrayBuilder();
        m.actions().forEach(a -> actions.add(NoteJson.JSON.createObjectBuilder().add("item", a.position())
                .add("what", a.what()).add("owner", a.owner()).add("due", a.due().toString())));
        return NoteJson.JSON.createObjectBuilder().add("decisions", decisions).add("actions", actions).build();
    }

    private String me() {
        return security.getCallerPrincipal().getName();
    }
}
