package jp.shokuba.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import jp.shokuba.approval.Approvals;
import jp.shokuba.it.Api;
import jp.shokuba.it.Platform;
import jp.shokuba.it.TestStaff;
import jp.shokuba.platform.CityTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the hardening review found unaudited is in the trail, as an administrator reads it over
 * {@code GET /api/v1/audit}: desk and room bookings with their cancellations and check-ins, desk placement, lockers,
 * the "hidden" flag, refused access of every kind, and an administrator's read of a staff record.
 */
@ExtendWith(Platform.class)
class AuditCoverageIT {

    private static final Api FACILITIES = Api.as("nakamura");

    /** The audit entries of one object, oldest first, as the audit API lists them. */
    private static List<JsonObject> trailOf(String objectType, Object objectId) {
        List<JsonObject> oldestFirst = new ArrayList<>(AuditApiIT.entries("objectType=" + objectType + "&objectId="
                + AuditApiIT.q(String.valueOf(objectId)) + "&size=200"));
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private static JsonObject newestOf(String objectType, Object objectId) {
        List<JsonObject> entries = AuditApiIT.entries("objectType=" + objectType + "&objectId="
                + AuditApiIT.q(String.valueOf(objectId)) + "&size=1");
        assertThat(entries).as("an entry for " + objectType + " " + objectId).isNotEmpty();
        return entries.get(0);
    }

    private static List<String> actionsOf(String objectType, Object objectId) {
        return trailOf(objectType, objectId).stream().map(e -> e.getString("action")).toList();
    }

    private static long id(Api.Reply r) {
        assertThat(r.status()).as(r.toString()).isIn(200, 201);
        return r.json().getJsonNumber("id").longValue();
    }

    @Test
    void seatingActionsAreInTheTrail() {
        String me = TestStaff.withDemoPassword("au");
        long floor = id(FACILITIES.post("/api/v1/seating/admin/floors", Json.createObjectBuilder().add("building", "試験庁舎")
                .add("name", "A" + UUID.randomUUID().toString().substring(0, 8)).add("level", 1).add("width", 1000)
                .add("height", 800).build()));
        LocalDate today = LocalDate.now(CityTime.ZONE);
        assertThat(FACILITIES.post("/api/v1/seating/admin/floors/" + floor + "/openings", Json.createObjectBuilder()
                .add("from", today.toString()).add("to", today.plusDays(7).toString()).add("reason", "試験").build())
                .status()).as("open whatever day the test runs on").isEqualTo(201);
        long desk = id(FACILITIES.post("/api/v1/seating/admin/floors/" + floor + "/desks",
                Json.createObjectBuilder().add("label", "K1").add("x", 100).add("y", 100).build()));
        long booking = id(Api.as(me).post("/api/v1/bookings", Json.createObjectBuilder().add("deskId", desk)
                .add("date", today.toString()).add("slot", "DAY").build()));
        assertThat(Api.as(me).post("/api/v1/bookings/" + booking + "/check-in", "").status()).isEqualTo(200);
        long later = id(Api.as(me).post("/api/v1/bookings", Json.createObjectBuilder().add("deskId", desk)
                .add("date", today.plusDays(2).toString()).add("slot", "AM").build()));
        assertThat(Api.as(me).delete("/api/v1/bookings/" + later).status()).isEqualTo(204);
        assertThat(Api.as(me).put("/api/v1/seating/me/hidden", Json.createObjectBuilder().add("hidden", true).build())
                .status()).isEqualTo(200);
        Api.as(me).put("/api/v1/seating/me/hidden", Json.createObjectBuilder().add("hidden", false).build());
        long locker = id(FACILITIES.post("/api/v1/seating/admin/floors/" + floor + "/lockers",
                Json.createObjectBuilder().add("label", "L1").build()));
        assertThat(FACILITIES.put("/api/v1/seating/admin/lockers/" + locker, Json.createObjectBuilder().add("holder", "")
                .build()).status()).as("freed: the demo has given everyone a locker already").isEqualTo(200);
        long room = id(FACILITIES.post("/api/v1/seating/admin/floors/" + floor + "/rooms", Json.createObjectBuilder()
                .add("name", "監査室").add("capacity", 4).add("equipment", "").build()));
        String day = today.plusDays(1).toString();
        long roomBooking = id(Api.as(me).post("/api/v1/seating/room-bookings", Json.createObjectBuilder().add("roomId", room)
                .add("title", "打合せ").add("start", day + "T10:00").add("end", day + "T11:00").build()));
        assertThat(Api.as(me).delete("/api/v1/seating/room-bookings/" + roomBooking).status()).isEqualTo(204);

        assertThat(actionsOf("Desk", desk)).containsExactly("seating.desk-placed");
        assertThat(actionsOf("DeskBooking", booking)).containsExactly("seating.desk-booked", "seating.desk-checked-in");
        assertThat(actionsOf("DeskBooking", later)).containsExactly("seating.desk-booked", "seating.desk-cancelled");
        assertThat(trailOf("DeskBooking", booking).get(0).getString("actor")).isEqualTo(me);
        assertThat(trailOf("SeatingPerson", me)).extracting(e -> e.getString("detail")).containsSubsequence("hidden", "visible");
        assertThat(actionsOf("Locker", locker)).containsExactly("seating.locker-added", "seating.locker-assigned");
        assertThat(actionsOf("Room", room)).containsExactly("seating.room-added");
        assertThat(actionsOf("RoomBooking", roomBooking)).containsExactly("seating.room-booked", "seating.room-cancelled");
    }

    @Test
    void aRoleTheCallerLacksIsAuditedAsRefusedAccess() {
        assertThat(Api.as("tanaka").get("/api/v1/staff/sato").status()).isEqualTo(403);

        JsonObject refused = newestOf("Request", "GET /api/v1/staff/sato");
        assertThat(refused.getString("action")).isEqualTo("access.refused");
        assertThat(refused.getString("actor")).isEqualTo("tanaka");
        assertThat(refused.getString("detail")).isEqualTo("role");
    }

    @Test
    void aPageBehindARoleIsAuditedWhenTheContainerRefusesIt() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(Platform.url("/admin/audit.xhtml"))
                .header("Authorization", basic("tanaka")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(403);

        JsonObject refused = newestOf("Request", "GET /admin/audit.xhtml");
        assertThat(refused.getString("actor")).isEqualTo("tanaka");
        assertThat(refused.getString("action")).isEqualTo("access.refused");
    }

    @Test
    void aRequestWithoutItsCsrfTokenIsAuditedAsRefusedAccess() throws Exception {
        // a made-up Authorization header does not make a request that carries a session cookie exempt
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(Platform.url("/api/v1/bookings"))
                .header("Authorization", basic("tanaka")).header("Cookie", "JSESSIONID=forged")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(403);

        JsonObject refused = newestOf("Request", "POST /api/v1/bookings");
        assertThat(refused.getString("detail")).isEqualTo("csrf");
        assertThat(refused.getString("actor")).isEqualTo("tanaka");
    }

    @Test
    void aTaskThatIsNotTheCallersIsAuditedAsRefusedAccess() {
        long id = Approvals.draft("tanaka", "EXPENDITURE", 40_000L, "監査の確認 " + System.nanoTime(), List.of());
        Approvals.submit("tanaka", id);
        String task = Approvals.taskOf("sato", id).orElseThrow().getString("id");

        assertThat(Approvals.decide("takahashi", task, "APPROVE", "").status()).isEqualTo(403);

        JsonObject refused = newestOf("Request", "POST /api/v1/tasks/" + task + "/decision");
        assertThat(refused.getString("actor")).isEqualTo("takahashi");
        assertThat(refused.getString("detail")).isEqualTo("task.notYours");
    }

    @Test
    void anAdministratorsReadOfAStaffRecordIsAudited() {
        int before = trailOf("Staff", "watanabe").size();
        assertThat(Api.as("admin").get("/api/v1/staff/watanabe").status()).isEqualTo(200);

        List<JsonObject> trail = trailOf("Staff", "watanabe");
        assertThat(trail).hasSize(before + 1);
        assertThat(trail.get(before).getString("action")).isEqualTo("staff.viewed");
        assertThat(trail.get(before).getString("actor")).isEqualTo("admin");
    }

    private static String basic(String login) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
