package jp.shokuba.seating;

import static jp.shokuba.seating.TestFloor.book;
import static jp.shokuba.seating.TestFloor.staff;
import static jp.shokuba.seating.TestFloor.today;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import jp.shokuba.it.Api;
import jp.shokuba.it.Platform;
import jp.shokuba.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** "Book me a desk" (おまかせ予約) through the REST API: which desk the platform picks, and why. */
@ExtendWith(Platform.class)
class SeatingAutoBookingIT {

    static JsonObject prefer(LocalDate day, String slot, JsonObjectBuilder prefer) {
        return Json.createObjectBuilder().add("date", day.toString()).add("slot", slot).add("prefer", prefer).build();
    }

    static Api.Reply bookFor(String login, LocalDate day, JsonObjectBuilder preference) {
        return Api.as(login).post("/api/v1/bookings", prefer(day, "DAY", preference));
    }

    static JsonObject staffRecord(String login) {
        return Api.as("admin").get("/api/v1/staff?max=500").array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("login").equals(login)).findFirst().orElseThrow();
    }

    /** The code of the unit the person is placed in (their 係, or the 課 itself): a neighbourhood naming it is theirs. */
    static String ownCode(String login) {
        return Teammates.units().get(login)[0];
    }

    @Test
    void theTeamsNeighbourhoodComesBeforeACloserDeskWhenThePreferredOneIsTaken() {
        String me = staff(26);
        TestFloor floor = TestFloor.create(4, 1, "N1,400,700,近隣,,0\n", Map.of("近隣", List.of(ownCode(me))));
        LocalDate day = today().plusDays(5);
        assertThat(book(staff(27), floor.desk("A1"), day, "DAY").status()).isEqualTo(201);

        Api.Reply reply = bookFor(me, day, Json.createObjectBuilder().add("deskId", floor.desk("A1")));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().getString("deskLabel")).as("the team's zone, not the nearer A2").isEqualTo("N1");
        assertThat(reply.json().getJsonArray("reasons").toString()).contains("seating.reason.neighbourhood");
        assertThat(reply.json().getString("reason")).contains("チームの席");
        assertThat(reply.location().getPath()).isEqualTo("/api/v1/bookings/" + reply.json().getJsonNumber("id"));
        assertThat(floor.state(me, "N1", day)).isEqualTo("BOOKED/BOOKED");
    }

    @Test
    void thePreferredDeskIsBookedWhenFreeAndAPlainDeskIdStaysStrict() {
        TestFloor floor = TestFloor.create(3, 1);
        LocalDate day = today().plusDays(4);

        Api.Reply preferred = bookFor(staff(32), day, Json.createObjectBuilder().add("deskId", floor.desk("A2")));
        Api.Reply strict = book(staff(33), floor.desk("A2"), day, "AM");

        assertThat(preferred.status()).as(preferred.toString()).isEqualTo(201);
        assertThat(preferred.json().getString("deskLabel")).isEqualTo("A2");
        assertThat(preferred.json().getString("reason")).contains("希望の席");
        assertThat(strict.status()).isEqualTo(409);
        assertThat(strict.json().getJsonArray("nearestFreeDesks").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("label")).containsExactlyInAnyOrder("A1", "A3");
    }

    @Test
    void aPreferredDeskOnAFullFloorBooksTheNearestFreeDeskOfAnotherFloorInTheSameRequest() {
        TestFloor full = TestFloor.create(0, 0, "Z1,100,100,満席,,0\nZ2,200,100,満席,,0\n", Map.of("満席", List.of()));
        TestFloor.create(3, 1);
        LocalDate day = today().plusDays(8);
        assertThat(book(staff(67), full.desk("Z1"), day, "DAY").status()).isEqualTo(201);
        assertThat(book(staff(68), full.desk("Z2"), day, "DAY").status()).isEqualTo(201);

        Api.Reply reply = bookFor(staff(59), day, Json.createObjectBuilder().add("deskId", full.desk("Z1")));
        Api.Reply zoneFull = bookFor(staff(23), day, Json.createObjectBuilder().add("zoneId", full.zone("満席")));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().getJsonNumber("floorId").longValue()).isNotEqualTo(full.id);
        assertThat(reply.json().getJsonArray("reasons").toString()).contains("seating.reason.otherFloor");
        assertThat(reply.json().getString("reason")).contains("別の階");
        assertThat(reply.json().getInt("seats")).as("no count of desks across floors").isZero();
        assertThat(zoneFull.status()).as("a zone asked for stays a zone: " + zoneFull).isEqualTo(409);
        assertThat(zoneFull.json().getJsonArray("nearestFreeDesks").getValuesAs(JsonObject.class)).isNotEmpty()
                .allSatisfy(d -> assertThat(d.getJsonNumber("floorId").longValue()).isNotEqualTo(full.id));
    }

    @Test
    void anAccessibilityNeedIsAlwaysHonouredAndReservedDesksAreKeptForIt() {
        TestFloor floor = TestFloor.create(3, 1, "X1,900,100,,ACCESSIBLE,0\nR1,1000,100,,ACCESSIBLE,1\n");
        LocalDate day = today().plusDays(5);
        String needs = staff(28);
        Api.Reply recorded = TestFloor.FACILITIES.put("/api/v1/seating/admin/people/" + needs + "/accessibility",
                Json.createObjectBuilder().add("need", true).build());
        assertThat(recorded.status()).isEqualTo(204);
        assertThat(book(staff(31), floor.desk("A1"), day, "DAY").status()).isEqualTo(201);

        Api.Reply forNeed = bookFor(needs, day, Json.createObjectBuilder().add("deskId", floor.desk("A1")));
        Api.Reply forOther = bookFor(staff(29), day, Json.createObjectBuilder().add("deskId", floor.desk("R1")));

        assertThat(forNeed.status()).as(forNeed.toString()).isEqualTo(201);
        assertThat(forNeed.json().getString("deskLabel")).as("accessible, though A2 is nearer").isEqualTo("X1");
        assertThat(forNeed.json().getString("reason")).contains("バリアフリー");
        assertThat(forOther.status()).as(forOther.toString()).isEqualTo(201);
        assertThat(forOther.json().getString("deskLabel")).as("a reserved desk is never given away").isEqualTo("A3");
    }

    @Test
    void withoutADeskThePlatformPicksTheFreeDeskNearestToWhereTheTeamSitsThatDay() {
        String[] pair = Teammates.pairFreeOn(today().plusDays(6));
        TestFloor floor = TestFloor.create(0, 0, IntStream.rangeClosed(1, 6)
                .mapToObj(i -> "Z" + i + "," + (i * 100) + ",100,島,,0\n").reduce("", String::concat), Map.of("島", List.of()));
        LocalDate day = today().plusDays(6);
        assertThat(book(pair[1], floor.desk("Z6"), day, "DAY").status()).isEqualTo(201);

        Api.Reply reply = bookFor(pair[0], day, Json.createObjectBuilder().add("zoneId", floor.zone("島")).add("nearTeam", true));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().getString("deskLabel")).isEqualTo("Z5");
        assertThat(reply.json().getInt("seats")).isEqualTo(1);
        assertThat(reply.json().getString("reason")).contains("チームから 1 席");
    }

    @Test
    void twentyPeopleRacingForTheLastThreeDesksOfAZoneEachGetADeskOrAClear409AndNoDeskGoesTwice() throws Exception {
        TestFloor floor = TestFloor.create(0, 0, IntStream.rangeClosed(1, 5)
                .mapToObj(i -> "Z" + i + "," + (i * 100) + ",100,残り,,0\n").reduce("", String::concat), Map.of("残り", List.of()));
        LocalDate day = today().plusDays(14);
        assertThat(book(staff(57), floor.desk("Z1"), day, "DAY").status()).isEqualTo(201);
        assertThat(book(staff(58), floor.desk("Z2"), day, "DAY").status()).isEqualTo(201);
        List<String> people = IntStream.range(37, 57).mapToObj(TestFloor::staff).toList();
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (String login : people) {
            replies.add(pool.submit(() -> {
                start.await();
                return bookFor(login, day, Json.createObjectBuilder().add("zoneId", floor.zone("残り")));
            }));
        }
        start.countDown();
        List<Api.Reply> done = new ArrayList<>();
        for (Future<Api.Reply> r : replies) {
            done.add(r.get());
        }
        pool.shutdown();

        List<Api.Reply> booked = done.stream().filter(r -> r.status() == 201).toList();
        assertThat(done).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(201, 409));
        assertThat(booked).hasSize(3);
        assertThat(booked.stream().map(r -> r.json().getString("deskLabel")).toList()).containsExactlyInAnyOrder("Z3", "Z4", "Z5");
        assertThat(done.stream().filter(r -> r.status() == 409)).hasSize(17).allSatisfy(r -> {
            assertThat(r.json().getString("type")).endsWith("seating.noFreeDesk");
            assertThat(r.json().getJsonArray("nearestFreeDesks").getValuesAs(JsonObject.class))
                    .as("free desks on other floors").isNotEmpty()
                    .allSatisfy(d -> assertThat(d.getJsonNumber("floorId").longValue()).isNotEqualTo(floor.id));
        });
        try (Connection db = TestDatabase.asApplication();
             PreparedStatement q = db.prepareStatement("SELECT b.desk_id, b.login FROM seating.desk_booking b JOIN seating.desk d"
                     + " ON d.id = b.desk_id WHERE d.floor_id = ? AND b.day = ? AND b.status IN ('BOOKED', 'CHECKED_IN')")) {
            q.setLong(1, floor.id);
            q.setObject(2, day);
            Set<Long> desks = new HashSet<>();
            Set<String> logins = new HashSet<>();
            int rows = 0;
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows++;
                    desks.add(rs.getLong(1));
                    logins.add(rs.getString(2));
                }
            }
            assertThat(rows).isEqualTo(5);
            assertThat(desks).hasSize(5);
            assertThat(logins).hasSize(5);
        }
    }

    @Test
    void anUnknownPreferredDeskIs404AndAPreferenceThatIsNoObjectIs400() {
        Api.Reply unknown = bookFor(staff(34), today().plusDays(3), Json.createObjectBuilder().add("deskId", 987654321));
        Api.Reply array = Api.as(staff(34)).post("/api/v1/bookings", "{\"date\":\"" + today().plusDays(3)
                + "\",\"slot\":\"DAY\",\"prefer\":[1]}");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(array.status()).isEqualTo(400);
        assertThat(array.contentType()).startsWith("application/problem+json");
    }
}
