package jp.shokuba.paper.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import jp.shokuba.paper.application.PaperSurveys;
import jp.shokuba.paper.domain.Survey;
import jp.shokuba.paper.domain.Surveys;
import jp.shokuba.platform.BusinessException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The paperless survey (ペーパーレス取組状況調査): ADMIN defines and sends it; each 課 answers for itself; results and rounds compared. */
@Path("/paper")
@ApplicationScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PaperSurveyResource {

    @Inject
    PaperSurveys surveys;

    @Inject
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    @Path("/surveys")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Define a survey: {\"title\", \"questions\":[{\"kind\":\"SINGLE|MULTIPLE|TEXT\", \"text\", \"choices\":[…], \"whyNot\":\"a choice that asks for a reason\"}]}")
    public Response define(JsonObject body) throws BusinessException {
        List<PaperSurveys.QuestionInput> questions = new ArrayList<>();
        for (JsonValue v : array(body, "questions")) {
            JsonObject q = v.asJsonObject();
            questions.add(new PaperSurveys.QuestionInput(q.getString("kind", null), q.getString("text", null), strings(q, "choices"),
                    q.getString("whyNot", null)));
        }
        long id = surveys.define(body.getString("title", null), questions);
        return Response.created(uri.getBaseUriBuilder().path("paper/surveys/{id}").build(id)).entity(survey(surveys.survey(id))).build();
    }

    @GET
    @Path("/surveys")
    @Operation(operationId = "listPaperSurveys", summary = "The surveys with their questions")
    public JsonArray list() {
        JsonArrayBuilder a = Json.createArrayBuilder();
        surveys.surveys().forEach(s -> a.add(survey(s)));
        return a.build();
    }

    @GET
    @Path("/surveys/{id}")
    @Operation(operationId = "getPaperSurvey", summary = "A survey with its questions and the rounds sent")
    public JsonObject one(@PathParam("id") long id) throws BusinessException {
        JsonArrayBuilder rounds = Json.createArrayBuilder();
        for (Surveys.Round r : surveys.rounds(id)) {
            rounds.add(Json.createObjectBuilder().add("id", r.id()).add("name", r.name()).add("sentOn", r.sentOn().toString())
                    .add("departments", Json.createArrayBuilder(r.departments())));
        }
        return Json.createObjectBuilder(survey(surveys.survey(id))).add("rounds", rounds).build();
    }

    @POST
    @Path("/surveys/{id}/rounds")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Send a round of the survey to departments: {\"name\": \"令和7年度 第1回\", \"departments\": [\"0210\", …]}")
    public Response send(@PathParam("id") long id, JsonObject body) throws BusinessException {
        long round = surveys.send(id, body.getString("name", null), strings(body, "departments"));
        return Response.created(uri.getBaseUriBuilder().path("paper/survey-rounds/{id}/results").build(round))
                .entity(Json.createObjectBuilder().add("id", round).build()).build();
    }

    @PUT
    @Path("/survey-rounds/{id}/answer")
    @Operation(summary = "Answer a round for the caller's own 課: {\"answers\":[{\"question\": id, \"choices\":[…], \"text\", \"reason\"}]}",
            description = "403 when the round was not sent to the caller's department; answering again replaces the answers.")
    public Response answer(@PathParam("id") long id, JsonObject body) throws BusinessException {
        List<PaperSurveys.AnswerInput> answers = new ArrayList<>();
        for (JsonValue v : array(body, "answers")) {
            JsonObject a = v.asJsonObject();
            if (!a.containsKey("question") || a.get("question").getValueType() != JsonValue.ValueType.NUMBER) {
                throw BusinessException.invalid("input.invalid", "question に設問の番号を指定してください");
            }
            answers.add(new PaperSurveys.AnswerInput(a.getJsonNumber("question").longValue(), strings(a, "choices"),
                    a.getString("text", ""), a.getString("reason", "")));
        }
        surveys.answer(security.getCallerPrincipal().getName(), id, answers);
        return Response.noContent().build();
    }

    @GET
    @Path("/survey-rounds/{id}/results")
    @Operation(summary = "A round's results: per question the count and share of each choice among the departments that answered, texts and reasons")
    public JsonObject results(@PathParam("id") long id) throws BusinessException {
        return round(surveys.results(id));
    }

    @GET
    @Path("/surveys/{id}/comparison")
    @Operation(summary = "Every round of the survey with its results, oldest first, to compare them")
    public JsonArray comparison(@PathParam("id") long id) throws BusinessException {
        JsonArrayBuilder a = Json.createArrayBuilder();
        surveys.comparison(id).forEach(r -> a.add(round(r)));
        return a.build();
    }

    static JsonObject round(PaperSurveys.RoundResult r) {
        JsonArrayBuilder questions = Json.createArrayBuilder();
        for (PaperSurveys.QuestionResult q : r.questions()) {
            JsonArrayBuilder counts = Json.createArrayBuilder();
            q.counts().forEach(c -> counts.add(Json.createObjectBuilder().add("choice", c.choice()).add("count", c.count())
                    .add("percent", c.percent())));
            questions.add(Json.createObjectBuilder().add("question", q.questionId()).add("position", q.position()).add("text", q.text())
                    .add("kind", q.kind()).add("counts", counts).add("texts", Json.createArrayBuilder(q.texts()))
                    .add("reasons", Json.createArrayBuilder(q.reasons())));
        }
        return Json.createObjectBuilder().add("round", r.roundId()).add("name", r.name()).add("sentOn", r.sentOn().toString())
                .add("recipients", r.recipients()).add("answered", r.answered()).add("questions", questions).build();
    }

    private static JsonObject survey(Survey s) {
        JsonArrayBuilder questions = Json.createArrayBuilder();
        for (Survey.Question q : s.questions()) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("id", q.id()).add("position", q.position()).add("kind", q.kind().name())
                    .add("text", q.text()).add("choices", Json.createArrayBuilder(q.choices()));
            if (q.whyNot() == null) {
                b.addNull("whyNot");
            } else {
                b.add("whyNot", q.whyNot());
            }
            questions.add(b);
        }
        return Json.createObjectBuilder().add("id", s.id()).add("title", s.title()).add("questions", questions).build();
    }

    private static List<JsonValue> array(JsonObject body, String name) throws BusinessException {
        if (body == null || !(body.get(name) instanceof JsonArray a)) {
            throw BusinessException.invalid("input.invalid", name + " に配列を指定してください");
        }
        return a;
    }

    private static List<String> strings(JsonObject body, String name) throws BusinessException {
        if (body == null || !body.containsKey(name) || body.isNull(name)) {
            return List.of();
        }
        if (!(body.get(name) instanceof JsonArray a) || a.stream().anyMatch(v -> !(v instanceof JsonString))) {
            throw BusinessException.invalid("input.invalid", name + " は文字列の配列です");
        }
        return a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
