package jp.shokuba.seating;

import static jp.shokuba.seating.TestFloor.FACILITIES;
import static jp.shokuba.seating.TestFloor.book;
import static jp.shokuba.seating.TestFloor.staff;
import static jp.shokuba.seating.TestFloor.today;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import jp.shokuba.it.Api;
import jp.shokuba.it.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What facilities staff do through the API, and that nobody else may. */
@ExtendWith(Platform.class)
class SeatingFacilitiesApiIT {

    @Test
    void onlyFacilitiesStaffManagePlaces() {
        Api.Reply refused = Api.as("tanaka").post("/api/v1/seating/admin/floors", Json.createObjectBuilder()
                .add("building", "x").add("name", "y").add("level", 1).add("width", 500).add("height", 500).build());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(Api.as("tanaka").get("/api/v1/seating/admin/analytics").status()).isEqualTo(403);
    }

    @Test
    void anUploadedPlanIsServedWithItsContentType() {
        TestFloor floor = TestFloor.create(1, 1);
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 2000 1500\"><rect width=\"2000\" height=\"1500\"/></svg>"
                .getBytes(StandardCharsets.UTF_8);

        Api.Reply upload = FACILITIES.putBytes("/api/v1/seating/admin/floors/" + floor.id + "/plan", "image/svg+xml", svg);
        Api.Reply plan = Api.as("tanaka").get("/api/v1/floors/" + floor.id + "/plan", "image/*");
        Api.Reply notAPlan = FACILITIES.putBytes("/api/v1/seating/admin/floors/" + floor.id + "/plan", "text/html",
                "<script>".getBytes(StandardCharsets.UTF_8));

        assertThat(upload.status()).as(upload.toString()).isEqualTo(200);
        assertThat(upload.json().getBoolean("hasPlan")).isTrue();
        assertThat(plan.status()).isEqualTo(200);
        assertThat(plan.contentType()).startsWith("image/svg+xml");
        assertThat(plan.body()).contains("viewBox");
        assertThat(notAPlan.status()).isIn(400, 415);
    }

    @Test
    void aDeskIsPlacedByCoordinatesAndACsvWithABadLineImportsNothing() {
        TestFloor floor = TestFloor.create(1, 1);
        Api.Reply placed = FACILITIES.post("/api/v1/seating/admin/floors/" + floor.id + "/desks", Json.createObjectBuilder()
                .add("label", "P1").add("x", 640).add("y", 480).add("features", Json.createArrayBuilder().add("STANDING").add("QUIET"))
                .build());
        Api.Reply outside = FACILITIES.post("/api/v1/seating/admin/floors/" + floor.id + "/desks", Json.createObjectBuilder()
                .add("label", "P2").add("x", 9000).add("y", 10).build());
        Api.Reply badCsv = FACILITIES.postBytes("/api/v1/seating/admin/floors/" + floor.id + "/desks-import", "text/csv",
                "Q1,10,10\nQ2,abc,10\n".getBytes(StandardCharsets.UTF_8));

        assertThat(placed.status()).isEqualTo(201);
        assertThat(placed.json().getJsonArray("features").toString()).contains("STANDING", "QUIET");
        assertThat(outside.status()).isEqualTo(400);
        assertThat(badCsv.status()).isEqualTo(400);
        assertThat(badCsv.json().getString("detail")).contains("2");
        assertThat(FACILITIES.get("/api/v1/seating/admin/floors/" + floor.id + "/desks").array().getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("label")).containsExactlyInAnyOrder("A1", "P1");
    }

    @Test
    void lockersAreOnePerPersonAndShownWithTheBooking() {
        TestFloor floor = TestFloor.create(1, 1);
        String me = staff(24);
        Api.Reply booking = book(me, floor.desk("A1"), today().plusDays(1), "AM");
        Api.Reply locker = FACILITIES.post("/api/v1/seating/admin/floors/" + floor.id + "/lockers",
                Json.createObjectBuilder().add("label", "L" + floor.name).build());

        Api.Reply secondLocker = FACILITIES.put("/api/v1/seating/admin/lockers/" + locker.json().getJsonNumber("id"),
                Json.createObjectBuilder().add("holder", me).build());
        Api.Reply someoneElse = FACILITIES.put("/api/v1/seating/admin/lockers/" + locker.json().getJsonNumber("id"),
                Json.createObjectBuilder().add("holder", "tanaka").build());

        assertThat(booking.status()).as(booking.toString()).isEqualTo(201);
        assertThat(booking.json().getString("locker")).as("the demo gives everyone a locker on 2F").startsWith("2F L-");
        assertThat(locker.status()).isEqualTo(201);
        assertThat(secondLocker.status()).isEqualTo(409);
        assertThat(secondLocker.json().getString("type")).endsWith("seating.lockerHeld");
        assertThat(someoneElse.status()).isEqualTo(409);
    }

    @Test
    void theRulesRoundTripAndRefuseNonsense() {
        JsonObject rules = FACILITIES.get("/api/v1/seating/admin/rules").json();
        Api.Reply same = FACILITIES.put("/api/v1/seating/admin/rules", Json.createObjectBuilder()
                .add("horizonDays", rules.getInt("horizonDays")).add("neighbourhoodCutoff", "15:00")
                .add("checkInDeadline", "10:00").add("pmCheckInDeadline", "14:30").build());
        Api.Reply nonsense = FACILITIES.put("/api/v1/seating/admin/rules", Json.createObjectBuilder()
                .add("horizonDays", 14).add("neighbourhoodCutoff", "15:00")
                .add("checkInDeadline", "16:00").add("pmCheckInDeadline", "14:30").build());

        assertThat(same.status()).as(same.toString()).isEqualTo(200);
        assertThat(same.json().getString("checkInDeadline")).startsWith("10:00");
        assertThat(nonsense.status()).isEqualTo(400);
    }

    @Test
    void analyticsReportUseByFloorZoneAndWeekdayAsJsonAndCsv() {
        TestFloor floor = TestFloor.create(2, 1);
        book(staff(25), floor.desk("A1"), today().plusDays(1), "DAY");
        String period = "?from=" + today() + "&to=" + today().plusDays(6);

        JsonObject report = FACILITIES.get("/api/v1/seating/admin/analytics" + period).json();
        Api.Reply csv = FACILITIES.get("/api/v1/seating/admin/analytics.csv" + period, "text/csv");

        assertThat(report.getJsonArray("floors").getValuesAs(JsonObject.class))
                .anySatisfy(f -> assertThat(f.getString("name")).isEqualTo("試験庁舎 " + floor.name));
        assertThat(report.getJsonArray("weekdays")).hasSize(5);
        assertThat(report.keySet()).contains("noShows", "peakPercent", "teams");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFF区分,名称").contains("試験庁舎 " + floor.name);
    }

    @Test
    void theOpenApiDocumentDescribesTheBookingApi() {
        String openapi = Api.anonymous().get("/openapi").body();

        assertThat(openapi).contains("/api/v1/floors/{id}/availability", "/api/v1/bookings", "/api/v1/bookings/{id}/check-in",
                "/api/v1/me/bookings");
    }
}
