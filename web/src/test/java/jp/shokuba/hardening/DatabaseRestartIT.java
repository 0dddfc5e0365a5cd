package jp.shokuba.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.shokuba.approval.Approvals;
import jp.shokuba.it.Api;
import jp.shokuba.it.Platform;
import jp.shokuba.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL dropping every connection of the pool (as a restart does; here {@code pg_terminate_backend} on all of
 * the platform's backends) under light load: every request started once the backends are gone succeeds, a booking
 * and an approval (a Camunda process start and a task completion, on the engine's use of the pool) included. Only
 * requests in flight at the moment of the kill may fail. (Validation by auto-commit handed out a dead connection to
 * the first request after the kill, which failed with 500.)
 */
@ExtendWith(Platform.class)
class DatabaseRestartIT {

    private static final int READERS = 3;

    /** One request: when it started and ended, and its status (0: no answer at all). */
    private record Outcome(long started, long ended, int status, String what) {
    }

    @Test
    void everyRequestStartedAfterThePoolsBackendsDiedSucceedsAndOnlyThoseInFlightMayFail() throws Exception {
        long deskId = OwnFixtures.desk();
        String booker = OwnFixtures.person();
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> readers = new ArrayList<>();
        String[][] reads = {{"tanaka", "/api/v1/floors"}, {"sato", "/api/v1/tasks"}, {booker, "/api/v1/seating/me"}};
        for (int i = 0; i < READERS; i++) {
            String[] read = reads[i];
            Thread t = new Thread(() -> {
                while (running.get()) {
                    long started = System.currentTimeMillis();
                    int status = status(() -> Api.as(read[0]).get(read[1]));
                    outcomes.add(new Outcome(started, System.currentTimeMillis(), status, read[1]));
                    pause(50);
                }
            });
            t.start();
            readers.add(t);
        }
        pause(2_000);

        long killStarted = System.currentTimeMillis();
        List<Integer> killed = killThePlatformsBackends();
        awaitGone(killed);
        long gone = System.currentTimeMillis();
        pause(3_000);

        Api.Reply booked = OwnFixtures.bookNextWeekday(booker, deskId);
        long approval = Approvals.draft("tanaka", "GENERAL", null, "再接続の確認 " + System.nanoTime(), List.of());
        Approvals.submit("tanaka", approval);
        Api.Reply decided = firstApproverApproves(approval);
        pause(1_000);
        running.set(false);
        for (Thread t : readers) {
            t.join();
        }

        List<Outcome> inFlight = outcomes.stream().filter(o -> o.ended() >= killStarted && o.started() < gone).toList();
        List<Outcome> after = outcomes.stream().filter(o -> o.started() >= gone).toList();
        System.out.printf("killed %d backends (gone %d ms after the kill); in flight: %d requests, %d failed;"
                        + " started afterwards: %d requests, %d failed%n", killed.size(), gone - killStarted, inFlight.size(),
                inFlight.stream().filter(o -> o.status() != 200).count(), after.size(),
                after.stream().filter(o -> o.status() != 200).count());
        outcomes.stream().filter(o -> o.status() != 200).forEach(o -> System.out.printf("failed: %s %d, started %+d ms"
                + " after the kill%n", o.what(), o.status(), o.started() - killStarted));
        assertThat(killed).as("backends of the pool killed").isNotEmpty();
        assertThat(outcomes.stream().filter(o -> o.ended() < killStarted)).as("all good before the kill")
                .allMatch(o -> o.status() == 200);
        assertThat(inFlight.stream().filter(o -> o.status() != 200)).as("only requests in flight at the kill may fail")
                .hasSizeLessThanOrEqualTo(READERS);
        assertThat(after).as("every request started after the backends died").isNotEmpty()
                .allMatch(o -> o.status() == 200);
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
    }

    /** Every backend connected to the platform's database but this one: the pool's and the engine's alike. */
    private static List<Integer> killThePlatformsBackends() throws Exception {
        try (Connection admin = TestDatabase.asAdministrator(); PreparedStatement kill = admin.prepareStatement(
                "SELECT pid FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid() AND pg_terminate_backend(pid)")) {
            kill.setString(1, TestDatabase.NAME);
            List<Integer> pids = new ArrayList<>();
            try (ResultSet rs = kill.executeQuery()) {
                while (rs.next()) {
                    pids.add(rs.getInt(1));
                }
            }
            return pids;
        }
    }

    /** pg_terminate_backend only signals: waits until the backends have really exited. */
    private static void awaitGone(List<Integer> pids) throws Exception {
        try (Connection admin = TestDatabase.asAdministrator(); PreparedStatement alive = admin.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE pid = ANY (?)")) {
            alive.setArray(1, admin.createArrayOf("int4", pids.toArray()));
            for (int i = 0; i < 100; i++) {
                try (ResultSet rs = alive.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        return;
                    }
                }
                pause(20);
            }
            throw new AssertionError("backends " + pids + " still alive 2 s after pg_terminate_backend");
        }
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
