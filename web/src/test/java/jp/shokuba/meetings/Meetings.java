package jp.shokuba.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.List;
import jp.shokuba.it.Api;

/** Meetings made through the REST API for the tests, as an organiser would. */
final class Meetings {

    private Meetings() {
    }

    static long create(String organiser, List<String> attendees) {
        return create(organiser, meeting(attendees).build());
    }

    static long create(String organiser, JsonObject meeting) {
        Api.Reply r = Api.as(organiser).post("/api/v1/meetings", meeting);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().getJsonNumber("id").longValue();
    }

    /** A meeting two days from now with two agenda items, to be sent as it is or with more fields. */
    static JsonObjectBuilder meeting(List<String> attendees) {
        JsonArrayBuilder people = Json.createArrayBuilder();
        attendees.forEach(people::add);
        LocalDate day = LocalDate.now().plusDays(2);
        return Json.createObjectBuilder().add("title", "予算編成会議")
                .add("start", day + "T10:00:00+09:00").add("end", day + "T11:00:00+09:00").add("attendees", people)
                .add("agenda", Json.createArrayBuilder().add(Json.createObjectBuilder().add("title", "令和9年度予算"))
                        .add(Json.createObjectBuilder().add("title", "人員配置")));
    }

    static Api.Reply upload(String login, long meeting, String fileName, byte[] pdf) {
        TestPdf.Multipart m = TestPdf.multipart(fileName, pdf);
        return Api.as(login).postBytes("/api/v1/meetings/" + meeting + "/materials", m.contentType(), m.body());
    }

    static long material(String login, long meeting, byte[] pdf) {
        Api.Reply r = upload(login, meeting, "資料.pdf", pdf);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().getJsonNumber("id").longValue();
    }

    static Api.Reply revise(String login, long meeting, long material, byte[] pdf) {
        TestPdf.Multipart m = TestPdf.multipart("資料_改訂.pdf", pdf);
        return Api.as(login).putBytes("/api/v1/meetings/" + meeting + "/materials/" + material, m.contentType(), m.body());
    }

    static JsonObject note(int page, String layer, String type, String text, double... xy) {
        JsonArrayBuilder points = Json.createArrayBuilder();
        for (int i = 0; i + 1 < xy.length; i += 2) {
            points.add(Json.createArrayBuilder().add(xy[i]).add(xy[i + 1]));
        }
        var b = Json.createObjectBuilder().add("page", page).add("layer", layer).add("type", type).add("points", points)
                .add("color", "#d03030").add("width", 2.5);
        if (text != null) {
            b.add("text", text);
        }
        return b.build();
    }

    static Api.Reply annotate(String login, long meeting, long material, JsonObject note) {
        return Api.as(login).post("/api/v1/meetings/" + meeting + "/materials/" + material + "/annotations", note);
    }

    static long annotated(String login, long meeting, long material, JsonObject note) {
        Api.Reply r = annotate(login, meeting, material, note);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().getJsonNumber("id").longValue();
    }

    static List<JsonObject> notes(String login, long meeting, long material) {
        Api.Reply r = Api.as(login).get("/api/v1/meetings/" + meeting + "/materials/" + material + "/annotations");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.array().getValuesAs(JsonObject.class);
    }
}
