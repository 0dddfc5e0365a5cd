package jp.shokuba.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.shokuba.it.Api;
import jp.shokuba.it.Platform;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Throws hostile variants of every JSON body at every state-changing JSON endpoint, as the person allowed to
 * call it, plus hostile query parameters and path ids: malformed JSON, the wrong top-level kind, {@code null},
 * nesting without end, control characters and unpaired surrogates in strings, numbers like {@code 1e400} and
 * {@code 1e100000000}, foreign-form content types, bodies past the cap with and without a Content-Length. Each
 * answer must be a 4xx RFC 9457 problem that names no parser position or class, within seconds; never a 500.
 */
@ExtendWith(Platform.class)
class HostileInputIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static long floorId;
    private static long draftId;

    /** An endpoint, who may call it, and a body of the right shape whose strings and numbers get mutated. */
    private record Endpoint(String login, String method, String path, String template) {
    }

    @BeforeAll
    static void ids() {
        floorId = Api.as("tanaka").get("/api/v1/floors").array().getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply draft = Api.as("tanaka").post("/api/v1/approvals", "{\"title\":\"敵対的入力の試験\",\"documentType\":\"GENERAL\"}");
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        draftId = draft.json().getJsonNumber("id").longValue();
    }

    private static List<Endpoint> endpoints() {
        String f = "/api/v1/seating/admin/floors/" + floorId;
        return List.of(
                new Endpoint("tanaka", "POST", "/api/v1/bookings", "{\"deskId\":1,\"date\":\"2030-01-07\",\"slot\":\"AM\"}"),
                new Endpoint("tanaka", "POST", "/api/v1/bookings/recurring",
                        "{\"deskId\":1,\"slot\":\"AM\",\"weekday\":\"TUESDAY\",\"from\":\"2030-01-01\",\"to\":\"2030-01-31\"}"),
                new Endpoint("tanaka", "POST", "/api/v1/bookings/cancel-range", "{\"from\":\"2030-01-01\",\"to\":\"2030-01-02\"}"),
                new Endpoint("tanaka", "POST", "/api/v1/seating/room-bookings",
                        "{\"roomId\":1,\"title\":\"会議\",\"start\":\"2030-01-07T10:00\",\"end\":\"2030-01-07T11:00\"}"),
                new Endpoint("tanaka", "PUT", "/api/v1/seating/me/hidden", null),
                new Endpoint("sato", "POST", "/api/v1/seating/team-days", "{\"team\":\"02101\",\"date\":\"2030-01-07\"}"),
                new Endpoint("tanaka", "POST", "/api/v1/approvals",
                        "{\"title\":\"件名\",\"documentType\":\"EXPENDITURE\",\"amount\":1000,\"counterparty\":\"株式会社\","
                                + "\"body\":\"本文\",\"confidential\":false,\"consultations\":[\"0110\"],\"circulation\":[\"sato\"]}"),
                new Endpoint("tanaka", "PUT", "/api/v1/approvals/" + draftId,
                        "{\"title\":\"件名\",\"documentType\":\"EXPENDITURE\",\"amount\":1000,\"body\":\"本文\"}"),
                new Endpoint("tanaka", "POST", "/api/v1/tasks/no-such-task/decision",
                        "{\"decision\":\"APPROVE\",\"comment\":\"了解\",\"sendBackTo\":1,\"consultee\":\"sato\"}"),
                new Endpoint("admin", "POST", "/api/v1/approval-rules",
                        "{\"note\":\"改定\",\"lines\":[{\"documentType\":\"EXPENDITURE\",\"amountUpTo\":1000,\"finalPosition\":\"DEPARTMENT_HEAD\"}]}"),
                new Endpoint("nakamura", "POST", "/api/v1/seating/admin/floors",
                        "{\"building\":\"本庁舎\",\"name\":\"試験\",\"level\":9,\"width\":100,\"height\":100}"),
                new Endpoint("nakamura", "POST", f + "/desks", "{\"label\":\"Z-1\",\"x\":1,\"y\":1,\"zone\":\"\"}"),
                new Endpoint("nakamura", "PUT", "/api/v1/seating/admin/desks/999999999", "{\"label\":\"Z-1\",\"x\":1,\"y\":1}"),
                new Endpoint("nakamura", "POST", f + "/zones", "{\"name\":\"Z\",\"teams\":[\"02101\"]}"),
                new Endpoint("nakamura", "POST", f + "/rooms", "{\"name\":\"R\",\"capacity\":4,\"equipment\":\"TV\"}"),
                new Endpoint("nakamura", "POST", f + "/lockers", "{\"label\":\"L-1\",\"holder\":\"tanaka\"}"),
                new Endpoint("nakamura", "POST", f + "/blocks", "{\"from\":\"2030-01-01\",\"to\":\"2030-01-02\",\"reason\":\"工事\"}"),
                new Endpoint("nakamura", "PUT", "/api/v1/seating/admin/rules",
                        "{\"horizonDays\":14,\"neighbourhoodCutoff\":\"12:00\",\"checkInDeadline\":\"10:00\",\"pmCheckInDeadline\":\"14:30\"}"));
    }

    /** Whole bodies that are no valid request anywhere. */
    private static final List<String> BODIES = List.of("", " ", "not json", "{", "{\"a\":", "}", "[]", "[{}]", "null", "42",
            "\"text\"", "true", "{\"a\":1,}", "{'a':1}", "\u0000", "[".repeat(5000) + "]".repeat(5000),
            "{\"a\":".repeat(3000) + "1" + "}".repeat(3000), "{\"a\":\"\\ud800\"}", "{\"a\":\"x\u0000y\"}",
            "{\"a\":1e400}", "{\"a\":-1e100000000}");

    /** What a string or number member becomes. */
    private static final List<String> BAD_STRINGS = List.of("\"a\\u0000b\"", "\"\\u0007ring\"", "\"\\ud800\"",
            "\"x\u001by\"", "\"\\udc00x\"");
    private static final List<String> BAD_NUMBERS = List.of("1e400", "1.5e300", "1e100000000", "-1e400", "1E+2147483647",
            "123456789012345678901234567890123456789012345", "1.5", "99999999999999999999");

    @Test
    void everyHostileBodyIsA4xxProblemAndNeverA500() {
        SoftAssertions soft = new SoftAssertions();
        int sent = 0;
        for (Endpoint e : endpoints()) {
            for (String body : variants(e)) {
                check(soft, e, body, "application/json", send(e, "application/json", body));
                sent++;
            }
        }
        assertThat(sent).isGreaterThan(300);
        soft.assertAll();
    }

    @Test
    void foreignFormContentTypesAreRefusedOnEveryStateChangingCall() {
        SoftAssertions soft = new SoftAssertions();
        for (Endpoint e : endpoints()) {
            for (String type : List.of("application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x",
                    "text/html")) {
                HttpResponse<String> r = send(e, type, "a=1");
                soft.assertThat(r.statusCode()).as(e.method() + " " + e.path() + " as " + type).isEqualTo(415);
                problem(soft, e.path() + " " + type, r);
            }
        }
        soft.assertAll();
    }

    @Test
    void aBodyPastTheCapIs413WithOrWithoutContentLength() throws Exception {
        String big = "{\"title\":\"" + "あ".repeat(400_000) + "\",\"documentType\":\"GENERAL\"}"; // 1.2 MB of UTF-8
        Endpoint create = new Endpoint("tanaka", "POST", "/api/v1/approvals", null);
        HttpResponse<String> declared = send(create, "application/json", big);
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(413);
        assertThat(declared.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = HTTP.send(request(create).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
        assertThat(Api.as("tanaka").get("/api/v1/approvals").body()).doesNotContain("あああああ");

        // an upload endpoint takes more than a JSON one: 5 MB of attachment is not refused for its size
        HttpResponse<String> attachment = HTTP.send(request(new Endpoint("tanaka", "POST",
                        "/api/v1/approvals/" + draftId + "/attachments", null))
                .header("Content-Type", "application/pdf").header("X-File-Name", "big.pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[5 * 1024 * 1024])).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(attachment.statusCode()).as(attachment.body()).isNotEqualTo(413).isNotEqualTo(500);
        // and refuses 21 MB before reading it
        HttpResponse<String> tooBig = HTTP.send(request(new Endpoint("tanaka", "POST",
                        "/api/v1/approvals/" + draftId + "/attachments", null))
                .header("Content-Type", "application/pdf").header("X-File-Name", "huge.pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[21 * 1024 * 1024])).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tooBig.statusCode()).as(tooBig.body()).isEqualTo(413);
    }

    @Test
    void hostileQueryParametersAndIdsAre4xxProblems() {
        SoftAssertions soft = new SoftAssertions();
        Map<String, String> gets = new LinkedHashMap<>();
        gets.put("/api/v1/staff?max=99999999999", "admin");
        gets.put("/api/v1/staff?max=100000", "admin");
        gets.put("/api/v1/staff?max=-1", "admin");
        gets.put("/api/v1/staff?first=-5", "admin");
        gets.put("/api/v1/staff?max=1e400", "admin");
        gets.put("/api/v1/approvals?approvedFrom=%2B999999999-12-31", "tanaka");
        gets.put("/api/v1/approvals?approvedTo=-999999999-01-01", "tanaka");
        gets.put("/api/v1/approvals?approvedFrom=2026-13-45", "tanaka");
        gets.put("/api/v1/approvals?minAmount=1e100000000", "tanaka");
        gets.put("/api/v1/approvals?maxAmount=-1e400", "tanaka");
        gets.put("/api/v1/approvals?minAmount=abc", "tanaka");
        gets.put("/api/v1/approvals/1e400", "tanaka");
        gets.put("/api/v1/approvals/1.5e300", "tanaka");
        gets.put("/api/v1/approvals/99999999999999999999", "tanaka");
        gets.put("/api/v1/tasks?max=1e400", "tanaka");
        gets.put("/api/v1/floors/1e400/availability?date=2030-01-07", "tanaka");
        gets.put("/api/v1/bookings/1.5e300", "tanaka");
        for (Map.Entry<String, String> g : gets.entrySet()) {
            Api.Reply r = Api.as(g.getValue()).get(g.getKey());
            soft.assertThat(r.status()).as(g.getKey() + " → " + r).isBetween(400, 499);
            soft.assertThat(r.contentType()).as(g.getKey()).startsWith("application/problem+json");
            soft.assertThat(r.body()).as(g.getKey()).doesNotContainIgnoringCase("exception").doesNotContain("jp.shokuba");
        }
        soft.assertAll();
    }

    @Test
    void percentAndUnderscoreInPeopleSearchAreLiteral() {
        assertThat(Api.as("admin").get("/api/v1/staff?q=%25").array()).isEmpty();
        assertThat(Api.as("admin").get("/api/v1/staff?q=_").array()).isEmpty();
        assertThat(Api.as("tanaka").get("/api/v1/seating/people?q=%25").array()).isEmpty();
        assertThat(Api.as("tanaka").get("/api/v1/seating/people?q=_").array()).isEmpty();
        assertThat(Api.as("admin").get("/api/v1/staff?q=tanaka").array()).isNotEmpty(); // search itself still works
    }

    @Test
    void amountsOutsideNumeric15AreRefusedBeforeAnyArithmetic() {
        for (String amount : List.of("1234567890123456", "0.5", "-1", "1000000000000000")) {
            Api.Reply r = Api.as("tanaka").post("/api/v1/approvals",
                    "{\"title\":\"金額の試験\",\"documentType\":\"EXPENDITURE\",\"amount\":" + amount + "}");
            assertThat(r.status()).as(amount + " → " + r).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        Api.Reply largest = Api.as("tanaka").post("/api/v1/approvals",
                "{\"title\":\"金額の試験（上限）\",\"documentType\":\"EXPENDITURE\",\"amount\":999999999999999}");
        assertThat(largest.status()).as(largest.toString()).isEqualTo(201);
    }

    @Test
    void aDraftWhoseCirculationNamesAnUnknownLoginLeavesNothingBehind() {
        String title = "回覧先不明 " + UUID.randomUUID();
        Api.Reply r = Api.as("tanaka").post("/api/v1/approvals", Json.createObjectBuilder().add("title", title)
                .add("documentType", "GENERAL").add("circulation", Json.createArrayBuilder().add("sato").add("no-such-person"))
                .build());
        assertThat(r.status()).as(r.toString()).isEqualTo(404);
        assertThat(Api.as("tanaka").get("/api/v1/approvals").body()).doesNotContain(title);
    }

    private static List<String> variants(Endpoint e) {
        List<String> variants = new ArrayList<>(BODIES);
        if (e.template() == null) {
            return variants;
        }
        JsonObject template = Json.createReader(new StringReader(e.template())).readObject();
        for (Map.Entry<String, JsonValue> member : template.entrySet()) {
            List<String> replacements = switch (member.getValue().getValueType()) {
                case STRING -> BAD_STRINGS;
                case NUMBER -> BAD_NUMBERS;
                default -> List.of();
            };
            for (String bad : replacements) {
                variants.add(with(template, member.getKey(), bad));
            }
        }
        return variants;
    }

    /** The template with one member's value replaced by raw JSON text (which may be no valid JSON value). */
    private static String with(JsonObject template, String name, String raw) {
        StringBuilder out = new StringBuilder("{");
        template.forEach((k, v) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(Json.createValue(k)).append(':').append(k.equals(name) ? raw : v.toString());
        });
        return out.append('}').toString();
    }

    private static void check(SoftAssertions soft, Endpoint e, String body, String type, HttpResponse<String> r) {
        String what = e.method() + " " + e.path() + " " + (body.length() > 80 ? body.substring(0, 80) + "…" : body);
        soft.assertThat(r.statusCode()).as(what + " → " + r.body()).isBetween(400, 499);
        problem(soft, what, r);
    }

    private static void problem(SoftAssertions soft, String what, HttpResponse<String> r) {
        soft.assertThat(r.headers().firstValue("Content-Type").orElse("")).as(what).startsWith("application/problem+json");
        try {
            JsonObject problem = Json.createReader(new StringReader(r.body())).readObject();
            soft.assertThat(problem.getInt("status")).as(what).isEqualTo(r.statusCode());
            String detail = problem.getString("detail", "");
            soft.assertThat(detail).as(what).doesNotContainIgnoringCase("exception").doesNotContain("jp.shokuba")
                    .doesNotContain("java.").doesNotContain("line ").doesNotContain("column ").doesNotContain("offset");
        } catch (RuntimeException notJson) {
            soft.fail(what + ": not a JSON problem: " + r.body());
        }
    }

    private static HttpRequest.Builder request(Endpoint e) {
        return HttpRequest.newBuilder(Platform.url(e.path())).timeout(Duration.ofSeconds(20)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((e.login() + ":demo").getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> send(Endpoint e, String type, String body) {
        try {
            return HTTP.send(request(e).header("Content-Type", type)
                    .method(e.method(), HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception failed) {
            throw new IllegalStateException(e.method() + " " + e.path() + ": " + failed, failed);
        }
    }
}
