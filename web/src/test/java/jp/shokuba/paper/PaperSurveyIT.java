package jp.shokuba.paper;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import jp.shokuba.it.Api;
import jp.shokuba.it.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The paperless survey as the deck asks it: "do you hand out meeting papers?" with "why not" when the answer is
 * いいえ, the reasons paper survives, free text. Sent to 企画調整課 (田中) and 情報政策課 (山田); 総務課 was not asked.
 * Two rounds compared: the share of はい rises from one department of two to the one department that answered.
 */
@ExtendWith(Platform.class)
class PaperSurveyIT {

    private static final Api ADMIN = Api.as("admin");

    private static JsonObject define(String title) {
        Api.Reply r = ADMIN.post("/api/v1/paper/surveys", Json.createObjectBuilder().add("title", title)
                .add("questions", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "SINGLE").add("text", "会議資料をペーパーレスにしていますか")
                                .add("choices", Json.createArrayBuilder().add("はい").add("いいえ")).add("whyNot", "いいえ"))
                        .add(Json.createObjectBuilder().add("kind", "MULTIPLE").add("text", "紙を使う理由")
                                .add("choices", Json.createArrayBuilder().add("慣れ").add("書き込みたい").add("上司の指示").add("個人情報")))
                        .add(Json.createObjectBuilder().add("kind", "TEXT").add("text", "工夫していること")))
                .build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    private static long send(long survey, String name) {
        Api.Reply r = ADMIN.post("/api/v1/paper/surveys/" + survey + "/rounds", Json.createObjectBuilder().add("name", name)
                .add("departments", Json.createArrayBuilder().add("0210").add("0130")).build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().getJsonNumber("id").longValue();
    }

    private static Api.Reply answer(String login, long round, List<Long> q, String single, String reason, String multiple) {
        return Api.as(login).put("/api/v1/paper/survey-rounds/" + round + "/answer", Json.createObjectBuilder().add("answers",
                Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("question", q.get(0)).add("choices", Json.createArrayBuilder().add(single))
                                .add("reason", reason))
                        .add(Json.createObjectBuilder().add("question", q.get(1)).add("choices", Json.createArrayBuilder().add(multiple)))
                        .add(Json.createObjectBuilder().add("question", q.get(2)).add("text", "タブレットを配った"))).build());
    }

    private static JsonObject question(JsonObject results, int position) {
        return results.getJsonArray("questions").getValuesAs(JsonObject.class).get(position - 1);
    }

    private static int count(JsonObject question, String choice) {
        return question.getJsonArray("counts").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("choice").equals(choice)).findFirst().orElseThrow().getInt("count");
    }

    @Test
    void departmentsAnswerWithTheirReasonsAndTheRoundsCompare() {
        JsonObject survey = define("ペーパーレス取組状況調査 IT" + ThreadLocalRandom.current().nextInt(100000));
        long id = survey.getJsonNumber("id").longValue();
        List<Long> q = survey.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue()).toList();
        long first = send(id, "第1回");

        Api.Reply noReason = answer("tanaka", first, q, "いいえ", "", "慣れ");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().getString("detail")).contains("「いいえ」を選んだ理由");
        assertThat(answer("watanabe", first, q, "はい", "", "慣れ").status()).isEqualTo(403);
        assertThat(answer("tanaka", first, q, "いいえ", "上司が紙で見たいと言う", "上司の指示").status()).isEqualTo(204);
        assertThat(answer("admin", first, q, "はい", "", "個人情報").status()).isEqualTo(204);

        JsonObject results = ADMIN.get("/api/v1/paper/survey-rounds/" + first + "/results").json();
        assertThat(results.getInt("recipients")).isEqualTo(2);
        assertThat(results.getInt("answered")).isEqualTo(2);
        assertThat(count(question(results, 1), "はい")).isEqualTo(1);
        assertThat(count(question(results, 1), "いいえ")).isEqualTo(1);
        assertThat(question(results, 1).getJsonArray("reasons").getString(0)).isEqualTo("企画調整課: 上司が紙で見たいと言う");
        assertThat(count(question(results, 2), "上司の指示")).isEqualTo(1);
        assertThat(question(results, 3).getJsonArray("texts")).hasSize(2);

        long second = send(id, "第2回");
        assertThat(answer("tanaka", second, q, "はい", "", "慣れ").status()).isEqualTo(204);
        JsonArray rounds = ADMIN.get("/api/v1/paper/surveys/" + id + "/comparison").array();

        assertThat(rounds).hasSize(2);
        assertThat(question(rounds.getJsonObject(0), 1).getJsonArray("counts").getJsonObject(0).getJsonNumber("percent").doubleValue())
                .isEqualTo(50.0);
        assertThat(question(rounds.getJsonObject(1), 1).getJsonArray("counts").getJsonObject(0).getJsonNumber("percent").doubleValue())
                .isEqualTo(100.0);
    }

    @Test
    void aBadSurveyIsRefusedAndOnlyAdminDefinesOne() {
        Api.Reply bad = ADMIN.post("/api/v1/paper/surveys", Json.createObjectBuilder().add("title", "不正な調査")
                .add("questions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "SINGLE").add("text", "問")
                        .add("choices", Json.createArrayBuilder().add("はい").add("いいえ")).add("whyNot", "どちらでもない"))).build());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getString("detail")).contains("どちらでもない");
        assertThat(Api.as("tanaka").post("/api/v1/paper/surveys", Json.createObjectBuilder().add("title", "x")
                .add("questions", Json.createArrayBuilder()).build()).status()).isEqualTo(403);
        assertThat(ADMIN.get("/api/v1/paper/survey-rounds/999999/results").status()).isEqualTo(404);
    }
}
