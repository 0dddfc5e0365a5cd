package jp.shokuba.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import jp.shokuba.it.Api;
import jp.shokuba.it.TestDatabase;
import jp.shokuba.platform.CityTime;

/** A desk and a person that belong to one test alone, so its bookings meet nobody else's. */
final class OwnFixtures {

    private OwnFixtures() {
    }

    /** A new floor of one desk; returns the desk's id. */
    static long desk() {
        Api facilities = Api.as("nakamura");
        Api.Reply floor = facilities.post("/api/v1/seating/admin/floors", Json.createObjectBuilder().add("building", "試験庁舎")
                .add("name", "R" + UUID.randomUUID().toString().substring(0, 8)).add("level", 1).add("width", 800)
                .add("height", 600).build());
        assertThat(floor.status()).as(floor.toString()).isEqualTo(201);
        long floorId = floor.json().getJsonNumber("id").longValue();
        Api.Reply imported = facilities.postBytes("/api/v1/seating/admin/floors/" + floorId + "/desks-import", "text/csv",
                "席番号,x,y,ゾーン,設備,配慮席\nA1,100,100,,,0\n".getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        return facilities.get("/api/v1/seating/admin/floors/" + floorId + "/desks").array().getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    /** A new member of staff who signs in with the demo password (the admin's hash copied); returns the login. */
    static String person() throws Exception {
        String number = "7" + ThreadLocalRandom.current().nextInt(10000, 99999);
        String login = "own" + number;
        Api.Reply imported = Api.as("admin").postBytes("/api/v1/directory/staff-import", "text/csv",
                ("職員番号,ログインID,氏名,氏名カナ,メールアドレス,所属コード,職名,役割\n" + number + "," + login
                        + ",試験 一郎,シケン イチロウ," + login + "@city-hall.example,03102,係員,\n").getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        try (Connection db = TestDatabase.asAdministrator(); PreparedStatement s = db.prepareStatement(
                "UPDATE directory.staff SET password_hash = (SELECT password_hash FROM directory.staff WHERE login = 'admin')"
                        + " WHERE login = ?")) {
            s.setString(1, login);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        return login;
    }

    /** A morning booking of the desk on the next weekday. */
    static Api.Reply bookNextWeekday(String login, long deskId) {
        LocalDate d = LocalDate.now(CityTime.ZONE).plusDays(1);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return Api.as(login).post("/api/v1/bookings", Json.createObjectBuilder().add("deskId", deskId)
                .add("date", d.toString()).add("slot", "AM").build());
    }
}
