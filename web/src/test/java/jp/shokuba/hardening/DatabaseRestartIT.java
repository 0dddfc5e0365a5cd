package jp.shokuba.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.shokuba.it.Api;
import jp.shokuba.it.Platform;
import jp.shokuba.it.TestDatabase;
import jp.shokuba.platform.CityTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL dropping every connection of the pool (as a restart does; here {@code pg_terminate_backend} on all of
 * the platform's backends) under light load: within a few seconds every request succeeds again, a booking and an
 * approval (a Camunda process start and a task completion, on the engine's use of the pool) included, and no
 * request answers 5xx after that. Only requests in flight at the moment of the kill may fail.
 */
@ExtendWith(Platform.class)
class DatabaseRestartIT {

    private static final int READERS = 3;
    private static final long RECOVERY_MILLIS = 5_000;

    private record Outcome(long at, int status, String what) {
    }

    @Test
    void afterThePoolsBackendsAreKilledRequestsSucceedAgainWithinSecondsAndNoneFailsAfterRecovery() throws Exception {
        long deskId = newDesk();
        String booker = newPerson();
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> readers = new ArrayList<>();
        String[][] reads = {{"tanaka", "/api/v1/floors"}, {"sato", "/api/v1/tasks"}, {booker, "/api/v1/seating/me"}};
        for (int i = 0; i < READERS; i++) {
            String[] read = reads[i];
            Thread t = new Thread(() -> {
                while (running.get()) {
                    outcomes.add(new Outcome(System.currentTimeMillis(), status(() -> Api.as(read[0]).get(read[1])), read[1]));
                    pause(50);
                }
            });
            t.start();
            readers.add(t);
        }
        pause(2_000);

        long killedAt = System.currentTimeMillis();
        int killed = killThePlatformsBackends();
        pause(RECOVERY_MILLIS);

        Api.Reply booked = Api.as(booker).post("/api/v1/bookings", Json.createObjectBuilder().add("deskId", deskId)
                .add("date", nextWeekday().toString()).add("slot", "AM").build());
        long approval = draftAndSubmit();
        Api.Reply decided = firstApproverApproves(approval);
        pause(2_000);
        running.set(false);
        for (Thread t : readers) {
            t.join();
        }

        System.out.printf("killed %d backends; %d of %d requests after the kill failed; first success %d ms after it%n",
                killed, outcomes.stream().filter(o -> o.at() >= killedAt && o.status() != 200).count(),
                outcomes.stream().filter(o -> o.at() >= killedAt).count(), outcomes.stream()
                        .filter(o -> o.at() >= killedAt && o.status() == 200).mapToLong(o -> o.at() - killedAt).min().orElse(-1));
        assertThat(killed).as("backends of the pool killed").isPositive();
        assertThat(outcomes.stream().filter(o -> o.at() < killedAt)).as("all good before the kill")
                .allMatch(o -> o.status() == 200);
        List<Outcome> failedAfterKill = outcomes.stream().filter(o -> o.at() >= killedAt && o.status() != 200).toList();
        assertThat(failedAfterKill).as("at most the requests in flight at the kill fail, and only right then")
                .hasSizeLessThanOrEqualTo(READERS)
                .allMatch(o -> o.at() - killedAt < 1_000);
        assertThat(outcomes.stream().filter(o -> o.at() >= killedAt + RECOVERY_MILLIS)).as("reads after recovery")
                .isNotEmpty().allMatch(o -> o.status() == 200);
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
    }

    /** Every backend connected to the platform's database but this one: the pool's and the engine's alike. */
    private static int killThePlatformsBackends() throws Exception {
        try (Connection admin = TestDatabase.asAdministrator(); PreparedStatement kill = admin.prepareStatement(
                "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity"
                        + " WHERE datname = ? AND pid <> pg_backend_pid()")) {
            kill.setString(1, TestDatabase.NAME);
            try (ResultSet rs = kill.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static long draftAndSubmit() {
        Api.Reply created = Api.as("tanaka").post("/api/v1/approvals", Json.createObjectBuilder()
                .add("title", "再接続の確認 " + System.nanoTime()).add("documentType", "GENERAL")
                .add("body", "データベース再起動の後の決裁").add("consultations", Json.createArrayBuilder()).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        Api.Reply submitted = Api.as("tanaka").post("/api/v1/approvals/" + id + "/submit", "");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        return id;
    }

    private static Api.Reply firstApproverApproves(long approval) {
        JsonObject step = Api.as("tanaka").get("/api/v1/approvals/" + approval).json().getJsonArray("route")
                .getValuesAs(JsonObject.class).stream().filter(s -> s.getBoolean("current")).findFirst().orElseThrow();
        String approver = step.getString("approverLogin");
        JsonObject task = Api.as(approver).get("/api/v1/tasks").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("approvalId").longValue() == approval).findFirst().orElseThrow();
        return Api.as(approver).post("/api/v1/tasks/" + task.getString("id") + "/decision",
                Json.createObjectBuilder().add("decision", "APPROVE").add("comment", "確認しました").build());
    }

    /** A floor of one desk of its own, so the booking meets nobody else's. */
    private static long newDesk() {
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

    /** A person of this test's own, signing in with the demo password (the admin's hash copied). */
    private static String newPerson() throws Exception {
        String number = "7" + ThreadLocalRandom.current().nextInt(10000, 99999);
        String login = "restart" + number;
        Api.Reply imported = Api.as("admin").postBytes("/api/v1/directory/staff-import", "text/csv",
                ("職員番号,ログインID,氏名,氏名カナ,メールアドレス,所属コード,職名,役割\n" + number + "," + login
                        + ",再起 一郎,サイキ イチロウ," + login + "@city-hall.example,03102,係員,\n").getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        try (Connection db = TestDatabase.asAdministrator(); Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE directory.staff SET password_hash = (SELECT password_hash FROM directory.staff"
                    + " WHERE login = 'admin') WHERE login = '" + login + "'");
        }
        return login;
    }

    private static LocalDate nextWeekday() {
        LocalDate d = LocalDate.now(CityTime.ZONE).plusDays(1);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private interface Call {
        Api.Reply run();
    }

    /** The status, or 0 when the connection itself failed. */
    private static int status(Call call) {
        try {
            return call.run().status();
        } catch (IllegalStateException e) {
            return 0;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
