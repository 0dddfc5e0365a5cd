package jp.shokuba.seating;

import static jp.shokuba.seating.TestFloor.book;
import static jp.shokuba.seating.TestFloor.staff;
import static jp.shokuba.seating.TestFloor.today;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import jp.shokuba.it.Api;
import jp.shokuba.it.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Keeping 企画係 (02101: 佐藤 係長, 田中 and two more) together, finding colleagues, and the calendar feed. */
@ExtendWith(Platform.class)
class SeatingTeamApiIT {

    @Test
    void sitNearMyTeamSuggestsTheFreeDesksClosestToWhereTeammatesBookedBestFirst() {
        TestFloor floor = TestFloor.create(4, 3);
        LocalDate day = today().plusDays(11);
        assertThat(book("sato", floor.desk("B2"), day, "DAY").status()).isEqualTo(201);
        assertThat(book(staff(20), floor.desk("A2"), day, "DAY").status()).isEqualTo(201);

        List<JsonObject> suggestions = Api.as("tanaka").get("/api/v1/seating/near-my-team?date=" + day + "&slot=AM&max=4")
                .array().getValuesAs(JsonObject.class);

        assertThat(suggestions).hasSize(4).allSatisfy(s -> assertThat(s.getJsonNumber("floorId").longValue()).isEqualTo(floor.id));
        assertThat(suggestions).extracting(s -> s.getString("label")).containsExactly("B1", "B3", "C2", "A1");
        assertThat(suggestions.get(0).getInt("distance")).isEqualTo(100);
        assertThat(suggestions.get(0).getInt("seats")).as("desks away, the unit the page shows").isEqualTo(1);
        assertThat(suggestions.get(0).getString("nearestTeammate")).isEqualTo("佐藤 健一");

        JsonObject where = Api.as("tanaka").get("/api/v1/seating/where/sato?date=" + day).json();
        assertThat(where.getBoolean("hidden")).isFalse();
        assertThat(where.getJsonArray("bookings").getValuesAs(JsonObject.class)).extracting(b -> b.getString("deskLabel"))
                .containsExactly("B2");
    }

    @Test
    void aColleagueWhoOptedOutCannotBeFound() {
        TestFloor floor = TestFloor.create(1, 1);
        LocalDate day = today().plusDays(2);
        String shy = staff(18);
        book(shy, floor.desk("A1"), day, "DAY");
        Api.Reply optOut = Api.as(shy).put("/api/v1/seating/me/hidden", Json.createObjectBuilder().add("hidden", true).build());

        JsonObject seenByOthers = Api.as("tanaka").get("/api/v1/seating/where/" + shy + "?date=" + day).json();
        JsonObject seenBySelf = Api.as(shy).get("/api/v1/seating/where/" + shy + "?date=" + day).json();

        assertThat(optOut.json().getBoolean("hidden")).isTrue();
        assertThat(seenByOthers.getBoolean("hidden")).isTrue();
        assertThat(seenByOthers.getJsonArray("bookings")).isEmpty();
        assertThat(seenBySelf.getJsonArray("bookings")).hasSize(1);
    }

    @Test
    void whoOfMyTeamIsInTodayShowsCheckedInBookedAndNotBooked() {
        List<JsonObject> team = Api.as("tanaka").get("/api/v1/seating/my-team").array().getValuesAs(JsonObject.class);

        assertThat(team).extracting(t -> t.getString("login")).contains("sato", "tanaka");
        assertThat(team).filteredOn(t -> t.getString("login").equals("sato")).singleElement()
                .satisfies(t -> assertThat(t.getString("state")).isEqualTo("IN"));
        assertThat(team).allSatisfy(t -> assertThat(t.getString("state")).isIn("IN", "BOOKED", "NONE", "HIDDEN"));
    }

    @Test
    void aTeamDaySeatsEveryMemberNotYetBookedTogetherAndOnlyTheLeaderMayCallIt() {
        LocalDate day = TestFloor.workingDayFrom(today().plusDays(13));

        Api.Reply refused = Api.as("tanaka").post("/api/v1/seating/team-days",
                Json.createObjectBuilder().add("team", "02101").add("date", day.toString()).build());
        Api.Reply reply = Api.as("sato").post("/api/v1/seating/team-days",
                Json.createObjectBuilder().add("team", "02101").add("date", day.toString()).build());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<JsonObject> seated = reply.json().getJsonArray("seated").getValuesAs(JsonObject.class);
        assertThat(seated).extracting(s -> s.getString("login")).contains("sato", "tanaka").hasSize(4);
        assertThat(seated).extracting(s -> s.getString("floor")).containsOnly(seated.get(0).getString("floor"));
        JsonObject mine = Api.as("tanaka").get("/api/v1/me/bookings?from=" + day + "&days=0").array().getJsonObject(0);
        assertThat(mine.getBoolean("teamDay")).isTrue();
        List<int[]> points = seated.stream().map(s -> Api.as(s.getString("login"))
                .get("/api/v1/me/bookings?from=" + day + "&days=0").array().getJsonObject(0))
                .map(b -> new int[] {b.getInt("x"), b.getInt("y")}).toList();
        for (int[] a : points) {
            for (int[] b : points) {
                assertThat(Math.hypot(a[0] - b[0], a[1] - b[1])).as("team members sit close").isLessThanOrEqualTo(300);
            }
        }

        JsonObject again = Api.as("sato").post("/api/v1/seating/team-days",
                Json.createObjectBuilder().add("team", "02101").add("date", day.toString()).build()).json();
        assertThat(again.getJsonArray("seated")).isEmpty();
        assertThat(again.getJsonArray("alreadyBooked")).hasSize(4);
    }

    @Test
    void theCalendarFeedListsMyBookingsBehindARevocableSecret() {
        TestFloor floor = TestFloor.create(1, 1);
        String me = staff(19);
        LocalDate day = today().plusDays(2);
        book(me, floor.desk("A1"), day, "AM");

        URI feed = URI.create(Api.as(me).get("/api/v1/seating/me").json().getString("calendarUrl"));
        Api.Reply ics = Api.anonymous().get(feed.getPath());

        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.contentType()).startsWith("text/calendar");
        assertThat(ics.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VEVENT", "LOCATION:試験庁舎 " + floor.name + " A1")
                .contains("DTSTART:" + day.minusDays(1).toString().replace("-", "") + "T233000Z").endsWith("END:VCALENDAR\r\n");
        List<String> uids = Stream.of(ics.body().replace("\r\n ", "").split("\r\n"))
                .filter(line -> line.startsWith("UID:")).toList();
        assertThat(uids).as("named by the configured base URL's host, not the address asked").isNotEmpty()
                .allSatisfy(uid -> assertThat(uid).matches("UID:(desk|room)-\\d+@shokuba\\.city-hall\\.example"));

        URI renewed = URI.create(Api.as(me).post("/api/v1/seating/me/calendar-secret", "").json().getString("calendarUrl"));

        assertThat(Api.anonymous().get(feed.getPath()).status()).isEqualTo(404);
        assertThat(Api.anonymous().get(renewed.getPath()).status()).isEqualTo(200);
        assertThat(Api.anonymous().get("/calendar/not-a-secret-at-all-xxxxxxxx.ics").status()).isEqualTo(404);
    }
}
