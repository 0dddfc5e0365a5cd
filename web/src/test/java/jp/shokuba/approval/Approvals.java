package jp.shokuba.approval;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import jp.shokuba.it.Api;
import jp.shokuba.it.TestDatabase;

/** What the approval tests do over and over: find people by post, draft, submit, decide along the route. */
public final class Approvals {

    private Approvals() {
    }

    /** The login of the active holder of a post placed in a unit of the demo directory. */
    static String login(String unitCode, String position) {
        try (Connection c = TestDatabase.asApplication();
             PreparedStatement s = c.prepareStatement("SELECT s.login FROM directory.staff s JOIN directory.organization_unit u"
                     + " ON u.id = s.unit_id WHERE u.code = ? AND s.position = ? AND s.active ORDER BY s.employee_number LIMIT 1")) {
            s.setString(1, unitCode);
            s.setString(2, position);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("someone is " + position + " in " + unitCode).isTrue();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long draft(String drafter, String type, Long amount, String title, List<String> consultations) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("title", title).add("documentType", type)
                .add("counterparty", "株式会社 テスト商事").add("body", "テスト本文: " + title);
        if (amount != null) {
            body.add("amount", amount);
        }
        JsonArrayBuilder units = Json.createArrayBuilder();
        consultations.forEach(units::add);
        body.add("consultations", units);
        Api.Reply created = Api.as(drafter).post("/api/v1/approvals", body.build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.location().getPath()).endsWith("/api/v1/approvals/" + created.json().getJsonNumber("id").longValue());
        return created.json().getJsonNumber("id").longValue();
    }

    public static JsonObject submit(String drafter, long id) {
        Api.Reply r = Api.as(drafter).post("/api/v1/approvals/" + id + "/submit", "");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    static JsonObject document(String who, long id) {
        Api.Reply r = Api.as(who).get("/api/v1/approvals/" + id);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    /** The caller's open task on the document, if any. */
    public static Optional<JsonObject> taskOf(String who, long id) {
        return Api.as(who).get("/api/v1/tasks").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("approvalId").longValue() == id).findFirst();
    }

    public static Api.Reply decide(String who, String taskId, String decision, String comment) {
        return Api.as(who).post("/api/v1/tasks/" + taskId + "/decision", Json.createObjectBuilder()
                .add("decision", decision).add("comment", comment).build());
    }

    /** Whoever holds the document now decides, until it is approved; returns the logins in the order they decided. */
    public static List<String> approveAlongTheRoute(long id, String drafter) {
        List<String> deciders = new java.util.ArrayList<>();
        for (int guard = 0; guard < 20; guard++) {
            JsonObject doc = document(drafter, id);
            if (doc.getString("state").equals("APPROVED")) {
                return deciders;
            }
            List<JsonObject> current = doc.getJsonArray("route").getValuesAs(JsonObject.class).stream()
                    .filter(s -> s.getBoolean("current")).toList();
            assertThat(current).as("someone holds document " + id).isNotEmpty();
            for (JsonObject step : current) {
                String who = step.getString("approverLogin");
                JsonObject task = taskOf(who, id).orElseThrow();
                Api.Reply r = decide(who, task.getString("id"), "APPROVE", "確認しました");
                assertThat(r.status()).as(r.toString()).isEqualTo(200);
                deciders.add(who);
            }
        }
        throw new AssertionError("document " + id + " not approved after 20 rounds");
    }
}
