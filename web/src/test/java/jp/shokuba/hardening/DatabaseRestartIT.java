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

        Api.Reply booked = OwnFixtures.bookNextWeekday(booker, deskId);
        long approval = Approvals.draft("tanaka", "GENERAL", null, "再接続の確認 " + System.nanoTime(), List.of());
        Approvals.submit("tanaka", approval);
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
