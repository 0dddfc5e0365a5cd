package jp.shokuba.seating;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.shokuba.it.Api;
import jp.shokuba.platform.BusinessCalendar;
import jp.shokuba.platform.CityTime;

/**
 * A floor of its own for one test, made through the facilities API: {@code columns × rows} desks 100 apart,
 * labelled {@code <prefix>-<row letter><column>} (A1, A2, … B1 …), so that tests never share desks.
 */
final class TestFloor {

    static final Api FACILITIES = Api.as("nakamura");

    final long id;
    final String name;
    private final Map<String, Long> desks = new HashMap<>();
    private final Map<String, Long> zones = new HashMap<>();

    private TestFloor(long id, String name) {
        this.id = id;
        this.name = name;
    }

    static TestFloor create(int columns, int rows) {
        return create(columns, rows, "");
    }

    /** {@code extraCsv} lines are added after the grid (label,x,y,zone,features,reserved). */
    static TestFloor create(int columns, int rows, String extraCsv) {
        return create(columns, rows, extraCsv, Map.of());
    }

    /** With zones (name → the unit codes whose neighbourhood it is; none: a plain zone) made before the desks. */
    static TestFloor create(int columns, int rows, String extraCsv, Map<String, List<String>> zones) {
        String name = "T" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply floor = FACILITIES.post("/api/v1/seating/admin/floors", Json.createObjectBuilder()
                .add("building", "試験庁舎").add("name", name).add("level", 1).add("width", 2000).add("height", 1500).build());
        assertThat(floor.status()).as(floor.toString()).isEqualTo(201);
        TestFloor f = new TestFloor(floor.json().getJsonNumber("id").longValue(), name);
        zones.forEach((zone, teams) -> {
            Api.Reply z = FACILITIES.post("/api/v1/seating/admin/floors/" + f.id + "/zones", Json.createObjectBuilder()
                    .add("name", zone).add("teams", Json.createArrayBuilder(teams)).build());
            assertThat(z.status()).as(z.toString()).isEqualTo(201);
            f.zones.put(zone, z.json().getJsonNumber("id").longValue());
        });
        StringBuilder csv = new StringBuilder("席番号,x,y,ゾーン,設備,配慮席\n");
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                csv.append((char) ('A' + r)).append(c + 1).append(',').append(100 + c * 100).append(',').append(100 + r * 100)
                        .append(",,,0\n");
            }
        }
        // Tests book days ahead whatever today is: the test floor is open on the city hall's closed days too.
        Api.Reply opened = FACILITIES.post("/api/v1/seating/admin/floors/" + f.id + "/openings", Json.createObjectBuilder()
                .add("from", today().toString()).add("to", today().plusDays(60).toString()).add("reason", "試験").build());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        csv.append(extraCsv);
        Api.Reply imported = FACILITIES.postBytes("/api/v1/seating/admin/floors/" + f.id + "/desks-import", "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        f.reloadDesks();
        return f;
    }

    void reloadDesks() {
        FACILITIES.get("/api/v1/seating/admin/floors/" + id + "/desks").array().getValuesAs(JsonObject.class)
                .forEach(d -> desks.put(d.getString("label"), d.getJsonNumber("id").longValue()));
    }

    long desk(String label) {
        Long deskId = desks.get(label);
        assertThat(deskId).as("desk " + label + " of " + name).isNotNull();
        return deskId;
    }

    long zone(String name) {
        return zones.get(name);
    }

    private static volatile List<String> pool;

    /**
     * The n-th of the demo's generated staff (by employee number, the README's named accounts and 企画係 left out:
     * the demo books 企画係's desks, and the team tests seat them): each test takes people of its own so that one
     * person's bookings never meet another test's.
     */
    static String staff(int n) {
        if (pool == null) {
            pool = Api.as("admin").get("/api/v1/staff?max=500").array().getValuesAs(JsonObject.class).stream()
                    .filter(s -> !s.getString("team").equals("企画係"))
                    .map(s -> s.getString("login"))
                    .filter(l -> !List.of("admin", "tanaka", "sato", "takahashi", "ito", "watanabe", "yamamoto", "nakamura",
                            "kobayashi").contains(l)).toList();
        }
        return pool.get(n);
    }

    static LocalDate today() {
        return LocalDate.now(CityTime.ZONE);
    }

    /** The first day the city hall is open on or after {@code day}: for tests on the demo's floors, which keep the calendar. */
    static LocalDate workingDayFrom(LocalDate day) {
        BusinessCalendar calendar = new BusinessCalendar();
        LocalDate d = day;
        while (!calendar.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The first closed day (weekend, holiday, year end) after {@code day}. */
    static LocalDate closedDayAfter(LocalDate day) {
        BusinessCalendar calendar = new BusinessCalendar();
        LocalDate d = day.plusDays(1);
        while (calendar.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Takes back the floor's openings: from now on it keeps the city hall's closed days, as an office floor does. */
    TestFloor keepingTheCalendar() {
        FACILITIES.get("/api/v1/seating/admin/floors/" + id + "/openings").array().getValuesAs(JsonObject.class)
                .forEach(o -> assertThat(FACILITIES.delete("/api/v1/seating/admin/openings/" + o.getJsonNumber("id").longValue())
                        .status()).isEqualTo(204));
        return this;
    }

    static JsonObject booking(long deskId, LocalDate date, String slot) {
        return Json.createObjectBuilder().add("deskId", deskId).add("date", date.toString()).add("slot", slot).build();
    }

    static Api.Reply book(String login, long deskId, LocalDate date, String slot) {
        return Api.as(login).post("/api/v1/bookings", booking(deskId, date, slot));
    }

    /** The desk's morning and afternoon state on the day, as the floor view shows it to {@code login}. */
    String state(String login, String label, LocalDate date) {
        JsonObject availability = Api.as(login).get("/api/v1/floors/" + id + "/availability?date=" + date).json();
        return availability.getJsonArray("desks").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("label").equals(label))
                .map(d -> d.getString("am") + "/" + d.getString("pm")).findFirst().orElseThrow();
    }
}
