package jp.shokuba.seating;

import static jp.shokuba.seating.TestFloor.book;
import static jp.shokuba.seating.TestFloor.staff;
import static jp.shokuba.seating.TestFloor.today;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.shokuba.it.Api;
import jp.shokuba.it.Platform;
import jp.shokuba.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Desk booking through the REST API, rule by rule, on floors of each test's own. */
@ExtendWith(Platform.class)
class SeatingBookingApiIT {

    @Test
    void floorsNameTheirBuildingAndTheDemoFloorHasThreeHundredDesks() {
        List<JsonObject> floors = Api.as("tanaka").get("/api/v1/floors").array().getValuesAs(JsonObject.class);
        JsonObject f2 = floors.stream().filter(f -> f.getString("building").equals("第一本庁舎") && f.getString("name").equals("2F"))
                .findFirst().orElseThrow();

        JsonObject availability = Api.as("tanaka").get("/api/v1/floors/" + f2.getJsonNumber("id") + "/availability?date=" + today()).json();

        assertThat(availability.getJsonArray("desks")).hasSize(300);
        JsonObject desk = availability.getJsonArray("desks").getJsonObject(0);
        assertThat(desk.keySet()).contains("deskId", "label", "x", "y", "am", "pm");
        assertThat(desk.getString("am")).isIn("FREE", "BOOKED", "OCCUPIED", "BLOCKED");
    }

    @Test
    void aBookingIs201WithLocationAndShowsAsBookedAndInMyBookings() {
        TestFloor floor = TestFloor.create(3, 1);
        LocalDate day = today().plusDays(2);

        Api.Reply reply = book(staff(0), floor.desk("A1"), day, "AM");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        long id = reply.json().getJsonNumber("id").longValue();
        assertThat(reply.location().getPath()).isEqualTo("/api/v1/bookings/" + id);
        assertThat(floor.state("tanaka", "A1", day)).isEqualTo("BOOKED/FREE");
        assertThat(Api.as(staff(0)).get("/api/v1/me/bookings?from=" + day + "&days=0").array().getValuesAs(JsonObject.class))
                .anySatisfy(b -> assertThat(b.getJsonNumber("id").longValue()).isEqualTo(id));
        assertThat(Api.as(staff(0)).get(reply.location().getPath()).json().getString("status")).isEqualTo("BOOKED");
    }

    @Test
    void aTakenDeskIs409NamingTheNearestFreeDesksClosestFirst() {
        TestFloor floor = TestFloor.create(4, 2);
        LocalDate day = today().plusDays(3);
        assertThat(book(staff(1), floor.desk("A2"), day, "DAY").status()).isEqualTo(201);
        assertThat(book(staff(2), floor.desk("A3"), day, "AM").status()).isEqualTo(201);

        Api.Reply refused = book(staff(3), floor.desk("A2"), day, "PM");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        List<String> nearest = refused.json().getJsonArray("nearestFreeDesks").getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("label")).toList();
        assertThat(nearest).hasSize(3).startsWith("A1", "A3");
        assertThat(refused.json().getString("detail")).contains("A2").contains("A1");
    }

    @Test
    void manyPeopleRacingForOneDeskExactlyOneWinsTheRestAreToldWhereToSit() throws Exception {
        TestFloor floor = TestFloor.create(3, 3);
        LocalDate day = today().plusDays(12);
        List<String> people = java.util.stream.IntStream.range(37, 69).mapToObj(TestFloor::staff).toList();
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (String login : people) {
            replies.add(pool.submit(() -> {
                start.await();
                return book(login, floor.desk("B2"), day, "AM");
            }));
        }
        start.countDown();
        List<Api.Reply> done = new ArrayList<>();
        for (Future<Api.Reply> r : replies) {
            done.add(r.get());
        }
        pool.shutdown();

        assertThat(done.stream().filter(r -> r.status() == 201)).hasSize(1);
        assertThat(done.stream().filter(r -> r.status() == 409)).hasSize(people.size() - 1)
                .allSatisfy(r -> assertThat(r.json().getJsonArray("nearestFreeDesks")).isNotEmpty());
        try (Connection db = TestDatabase.asApplication();
             PreparedStatement q = db.prepareStatement("SELECT count(*) FROM seating.desk_booking WHERE desk_id = ? AND day = ?"
                     + " AND status IN ('BOOKED', 'CHECKED_IN')")) {
            q.setLong(1, floor.desk("B2"));
            q.setObject(2, day);
            var rs = q.executeQuery();
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void onePersonHasOneDeskPerSlotButMayTakeAnotherDeskInTheAfternoon() {
        TestFloor floor = TestFloor.create(3, 1);
        LocalDate day = today().plusDays(4);
        assertThat(book(staff(4), floor.desk("A1"), day, "AM").status()).isEqualTo(201);

        Api.Reply second = book(staff(4), floor.desk("A2"), day, "AM");
        Api.Reply wholeDay = book(staff(4), floor.desk("A3"), day, "DAY");
        Api.Reply afternoon = book(staff(4), floor.desk("A2"), day, "PM");

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().getString("type")).endsWith("seating.alreadyBooked");
        assertThat(second.json().getString("detail")).contains("A1");
        assertThat(wholeDay.status()).isEqualTo(409);
        assertThat(afternoon.status()).isEqualTo(201);
    }

    @Test
    void aWholeDayConflictsWithTheMorningAndTheAfternoonOfTheDesk() {
        TestFloor floor = TestFloor.create(2, 1);
        LocalDate day = today().plusDays(4);
        assertThat(book(staff(5), floor.desk("A1"), day, "PM").status()).isEqualTo(201);

        assertThat(book(staff(6), floor.desk("A1"), day, "DAY").status()).isEqualTo(409);
        assertThat(book(staff(6), floor.desk("A1"), day, "AM").status()).isEqualTo(201);
    }

    @Test
    void bookingIsRefusedWhileThePersonIsRecordedAbsent() throws Exception {
        TestFloor floor = TestFloor.create(2, 1);
        LocalDate day = today().plusDays(5);
        try (Connection db = TestDatabase.asApplication();
             PreparedStatement absent = db.prepareStatement("INSERT INTO directory.absence (staff_id, first_day, last_day, reason)"
                     + " SELECT id, ?, ?, '研修' FROM directory.staff WHERE login = ?")) {
            absent.setObject(1, day);
            absent.setObject(2, day.plusDays(1));
            absent.setString(3, staff(7));
            assertThat(absent.executeUpdate()).isEqualTo(1);
        }

        Api.Reply refused = book(staff(7), floor.desk("A1"), day, "DAY");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("type")).endsWith("seating.absent");
        assertThat(book(staff(7), floor.desk("A1"), day.plusDays(2), "DAY").status()).isEqualTo(201);
    }

    @Test
    void onlyTheTeamBooksItsNeighbourhoodUntilTheCutoffTheDayBefore() {
        TestFloor floor = TestFloor.create(1, 1);
        long zone = TestFloor.FACILITIES.post("/api/v1/seating/admin/floors/" + floor.id + "/zones",
                Json.createObjectBuilder().add("name", "調整係").add("teams", Json.createArrayBuilder().add("02102")).build())
                .json().getJsonNumber("id").longValue();
        assertThat(zone).isPositive();
        String csv = "N1,500,500,調整係,,0\nN2,600,500,調整係,,0\n";
        assertThat(TestFloor.FACILITIES.postBytes("/api/v1/seating/admin/floors/" + floor.id + "/desks-import", "text/csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(200);
        floor.reloadDesks();
        String member = Api.as("admin").get("/api/v1/staff?q=調整係&max=50").array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("team").equals("調整係")).map(s -> s.getString("login")).findFirst().orElseThrow();

        Api.Reply outsiderBeforeCutoff = book("tanaka", floor.desk("N1"), today().plusDays(6), "DAY");
        Api.Reply memberBeforeCutoff = book(member, floor.desk("N1"), today().plusDays(6), "DAY");
        Api.Reply outsiderAfterCutoff = book("tanaka", floor.desk("N2"), today(), "PM");

        assertThat(outsiderBeforeCutoff.status()).isEqualTo(409);
        assertThat(outsiderBeforeCutoff.json().getString("type")).endsWith("seating.neighbourhood");
        assertThat(outsiderBeforeCutoff.json().getJsonArray("nearestFreeDesks").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("label")).containsExactly("A1");
        assertThat(memberBeforeCutoff.status()).isEqualTo(201);
        assertThat(outsiderAfterCutoff.status()).as(outsiderAfterCutoff.toString()).isEqualTo(201);
    }

    @Test
    void aReservedAccessibleDeskIsOnlyForPeopleWithAnAccessibilityNeed() {
        TestFloor floor = TestFloor.create(2, 1, "R1,150,300,,ACCESSIBLE,1\n");
        LocalDate day = today().plusDays(7);

        Api.Reply refused = book(staff(8), floor.desk("R1"), day, "DAY");
        Api.Reply need = TestFloor.FACILITIES.put("/api/v1/seating/admin/people/" + staff(8) + "/accessibility",
                Json.createObjectBuilder().add("need", true).build());
        assertThat(need.status()).as(need.toString()).isEqualTo(204);
        Api.Reply accepted = book(staff(8), floor.desk("R1"), day, "DAY");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("type")).endsWith("seating.accessibleReserved");
        assertThat(refused.json().getJsonArray("nearestFreeDesks").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("label")).containsExactly("A1", "A2");
        assertThat(accepted.status()).isEqualTo(201);
    }

    @Test
    void aBlockedFloorCancelsItsBookingsAndRefusesNewOnes() {
        TestFloor floor = TestFloor.create(2, 1);
        LocalDate day = today().plusDays(8);
        assertThat(book(staff(9), floor.desk("A1"), day, "DAY").status()).isEqualTo(201);

        Api.Reply block = TestFloor.FACILITIES.post("/api/v1/seating/admin/floors/" + floor.id + "/blocks",
                Json.createObjectBuilder().add("from", day.toString()).add("to", day.toString()).add("reason", "ワックスがけ").build());
        Api.Reply refused = book(staff(10), floor.desk("A2"), day, "AM");

        assertThat(block.status()).isEqualTo(201);
        assertThat(block.json().getInt("cancelledBookings")).isEqualTo(1);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains("ワックスがけ");
        assertThat(floor.state(staff(10), "A1", day)).isEqualTo("BLOCKED/BLOCKED");
        assertThat(book(staff(10), floor.desk("A2"), day.plusDays(1), "AM").status()).isEqualTo(201);
    }

    @Test
    void aFloorBlockedWhileManyAreBookingItKeepsNoBookingThatDay() throws Exception {
        TestFloor floor = TestFloor.create(6, 4);
        LocalDate day = today().plusDays(13);
        List<String> people = java.util.stream.IntStream.range(0, 24).mapToObj(TestFloor::staff).toList();
        List<String> desks = List.of("A", "B", "C", "D").stream()
                .flatMap(row -> java.util.stream.IntStream.rangeClosed(1, 6).mapToObj(column -> row + column)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(people.size() + 1);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> bookings = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            String login = people.get(i);
            long desk = floor.desk(desks.get(i));
            bookings.add(pool.submit(() -> {
                start.await();
                return book(login, desk, day, "DAY");
            }));
        }
        Future<Api.Reply> block = pool.submit(() -> {
            start.await();
            Thread.sleep(20);
            return TestFloor.FACILITIES.post("/api/v1/seating/admin/floors/" + floor.id + "/blocks",
                    Json.createObjectBuilder().add("from", day.toString()).add("to", day.toString()).add("reason", "避難訓練").build());
        });
        start.countDown();
        List<Api.Reply> replies = new ArrayList<>();
        for (Future<Api.Reply> r : bookings) {
            replies.add(r.get());
        }
        Api.Reply blocked = block.get();
        pool.shutdown();

        assertThat(blocked.status()).as(blocked.toString()).isEqualTo(201);
        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(201, 409));
        assertThat(blocked.json().getInt("cancelledBookings")).isEqualTo(replies.stream().filter(r -> r.status() == 201).count());
        try (Connection db = TestDatabase.asApplication();
             PreparedStatement q = db.prepareStatement("SELECT count(*) FROM seating.desk_booking b JOIN seating.desk d"
                     + " ON d.id = b.desk_id WHERE d.floor_id = ? AND b.day = ? AND b.status IN ('BOOKED', 'CHECKED_IN')")) {
            q.setLong(1, floor.id);
            q.setObject(2, day);
            var rs = q.executeQuery();
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void bookingIsRefusedInThePastAndBeyondTheHorizon() {
        TestFloor floor = TestFloor.create(1, 1);
        int horizon = TestFloor.FACILITIES.get("/api/v1/seating/admin/rules").json().getInt("horizonDays");

        Api.Reply past = book(staff(11), floor.desk("A1"), today().minusDays(1), "DAY");
        Api.Reply tooFar = book(staff(11), floor.desk("A1"), today().plusDays(horizon + 1), "DAY");
        Api.Reply lastDay = book(staff(11), floor.desk("A1"), today().plusDays(horizon), "DAY");

        assertThat(horizon).isEqualTo(14);
        assertThat(past.status()).isEqualTo(400);
        assertThat(tooFar.status()).isEqualTo(400);
        assertThat(tooFar.json().getString("type")).endsWith("seating.beyondHorizon");
        assertThat(lastDay.status()).isEqualTo(201);
    }

    @Test
    void aRecurringBookingReportsEachConflictingDateAndBooksTheRest() {
        TestFloor floor = TestFloor.create(3, 1);
        LocalDate first = today().plusDays(1);
        String weekday = first.getDayOfWeek().name();
        assertThat(book(staff(12), floor.desk("A2"), first.plusWeeks(1), "AM").status()).isEqualTo(201);

        Api.Reply reply = Api.as(staff(13)).post("/api/v1/bookings/recurring", Json.createObjectBuilder()
                .add("deskId", floor.desk("A2")).add("slot", "AM").add("weekday", weekday)
                .add("from", first.toString()).add("to", first.plusWeeks(1).toString()).build());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().getJsonArray("booked").getValuesAs(JsonObject.class)).extracting(b -> b.getString("date"))
                .containsExactly(first.toString());
        List<JsonObject> conflicts = reply.json().getJsonArray("conflicts").getValuesAs(JsonObject.class);
        assertThat(conflicts).extracting(c -> c.getString("date"))
                .containsExactly(first.plusWeeks(1).toString());
        assertThat(conflicts.get(0).getString("reasonKey")).isEqualTo("seating.deskTaken");
        assertThat(conflicts.get(0).getJsonArray("alternatives").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("label")).startsWith("A1");
        assertThat(conflicts.get(0).getString("reason")).isNotBlank();
    }

    @Test
    void cancellingOneDateOrADateRangeFreesTheDesks() {
        TestFloor floor = TestFloor.create(1, 1);
        LocalDate day = today().plusDays(1);
        long one = book(staff(14), floor.desk("A1"), day, "DAY").json().getJsonNumber("id").longValue();
        book(staff(14), floor.desk("A1"), day.plusDays(1), "DAY");
        book(staff(14), floor.desk("A1"), day.plusDays(2), "DAY");
        book(staff(14), floor.desk("A1"), day.plusDays(3), "DAY");

        assertThat(Api.as(staff(14)).delete("/api/v1/bookings/" + one).status()).isEqualTo(204);
        assertThat(Api.as("tanaka").delete("/api/v1/bookings/" + one).status()).isEqualTo(404);
        Api.Reply range = Api.as(staff(14)).post("/api/v1/bookings/cancel-range", Json.createObjectBuilder()
                .add("from", day.plusDays(1).toString()).add("to", day.plusDays(2).toString()).build());

        assertThat(range.json().getInt("cancelled")).isEqualTo(2);
        assertThat(floor.state("tanaka", "A1", day)).isEqualTo("FREE/FREE");
        assertThat(floor.state("tanaka", "A1", day.plusDays(2))).isEqualTo("FREE/FREE");
        assertThat(floor.state("tanaka", "A1", day.plusDays(3))).isEqualTo("BOOKED/BOOKED");
        assertThat(book(staff(15), floor.desk("A1"), day, "AM").status()).isEqualTo(201);
    }

    @Test
    void checkingInMakesTheDeskOccupiedAndCheckingOutFreesItForOthers() {
        TestFloor floor = TestFloor.create(1, 1);
        LocalDate day = today();
        long id = book(staff(16), floor.desk("A1"), day, "DAY").json().getJsonNumber("id").longValue();
        long tomorrow = book(staff(16), floor.desk("A1"), day.plusDays(1), "DAY").json().getJsonNumber("id").longValue();

        Api.Reply in = Api.as(staff(16)).post("/api/v1/bookings/" + id + "/check-in", "");
        Api.Reply notToday = Api.as(staff(16)).post("/api/v1/bookings/" + tomorrow + "/check-in", "");
        Api.Reply notMine = Api.as(staff(17)).post("/api/v1/bookings/" + id + "/check-in", "");

        assertThat(in.status()).as(in.toString()).isEqualTo(200);
        assertThat(in.json().getString("status")).isEqualTo("CHECKED_IN");
        assertThat(floor.state(staff(17), "A1", day)).isEqualTo("OCCUPIED/OCCUPIED");
        assertThat(notToday.status()).isEqualTo(409);
        assertThat(notMine.status()).isEqualTo(404);
        assertThat(book(staff(17), floor.desk("A1"), day, "PM").status()).isEqualTo(409);

        Api.Reply out = Api.as(staff(16)).post("/api/v1/bookings/" + id + "/check-out", "");

        assertThat(out.json().getString("status")).isEqualTo("CHECKED_OUT");
        assertThat(floor.state(staff(17), "A1", day)).isEqualTo("FREE/FREE");
        assertThat(book(staff(17), floor.desk("A1"), day, "PM").status()).isEqualTo(201);
    }

    @Test
    void malformedBookingsAre400AndUnknownDesks404() {
        assertThat(Api.as("tanaka").post("/api/v1/bookings", "{\"deskId\":1,\"date\":\"tomorrow\",\"slot\":\"AM\"}").status())
                .isEqualTo(400);
        assertThat(Api.as("tanaka").post("/api/v1/bookings", "{\"deskId\":1,\"date\":\"" + today() + "\",\"slot\":\"EVENING\"}")
                .status()).isEqualTo(400);
        assertThat(book("tanaka", 999_999_999L, today(), "AM").status()).isEqualTo(404);
        assertThat(Api.anonymous().post("/api/v1/bookings", "{}").status()).isEqualTo(401);
    }
}
