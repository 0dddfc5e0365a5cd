package jp.shokuba.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import jp.shokuba.approval.Approvals;
import jp.shokuba.it.Api;
import jp.shokuba.it.Platform;
import jp.shokuba.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL dropping every connection of the pool (as a restart does; here {@code pg_terminate_backend} on all of
 * the platform's backends) under light load (three readers; they wait while the backends are killed, so that no
 * request is in flight then): every request afterwards succeeds, a booking and an approval (a Camunda process start
 * and a task completion, on the engine's use of the pool) included, and no request or background job is handed a
 * dead connection. Validation by auto-commit handed dead connections out: the first request on one failed with 500,
 * or EclipseLink retried it after logging the closed connection, until the pool's fail-all-connections cleared the
 * rest. A request in flight at the very moment of a restart can still fail; that is not avoidable.
 */
@ExtendWith(Platform.class)
class DatabaseRestartIT {

    private static final Path LOG = Path.of("target", "it-payara.log");

    /** One request: when it started and ended, and its status (0: no answer at all). */
    private record Outcome(long started, long ended, int status, String what) {
    }

    @Test
    void afterThePoolsBackendsDiedEveryRequestAndJobSucceedsAndNoneIsHandedADeadConnection() throws Exception {
        long deskId = OwnFixtures.desk();
        String booker = OwnFixtures.person();
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ReadWriteLock killing = new ReentrantReadWriteLock();
        List<Thread> readers = new ArrayList<>();
        String[][] reads = {{"tanaka", "/api/v1/floors"}, {"sato", "/api/v1/tasks"}, {booker, "/api/v1/seating/me"}};
        for (String[] read : reads) {
            Thread t = new Thread(() -> {
                while (running.get()) {
                    killing.readLock().lock();
                    try {
                        long started = System.currentTimeMillis();
                        int status = status(() -> Api.as(read[0]).get(read[1]));
                        outcomes.add(new Outcome(started, System.currentTimeMillis(), status, read[1]));
                    } finally {
                        killing.readLock().unlock();
                    }
                    pause(50);
                }
            });
            t.start();
            readers.add(t);
        }
        pause(2_000);

        long logBefore = Files.size(LOG);
        List<Integer> killed;
        killing.writeLock().lock();
        try {
            killed = killThePlatformsBackends();
        } finally {
            killing.writeLock().unlock();
        }
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

        List<Outcome> after = outcomes.stream().filter(o -> o.started() >= gone).toList();
        System.out.printf("killed %d backends; afterwards %d requests, %d failed%n", killed.size(), after.size(),
                after.stream().filter(o -> o.status() != 200).count());
        outcomes.stream().filter(o -> o.status() != 200).forEach(o -> System.out.printf("failed: %s %d, started %+d ms"
                + " after the backends died%n", o.what(), o.status(), o.started() - gone));
        assertThat(killed).as("backends of the pool killed").isNotEmpty();
        assertThat(after).as("requests started after the backends died").isNotEmpty();
        assertThat(outcomes).as("every request, before and after").allMatch(o -> o.status() == 200);
        assertThat(logSince(logBefore)).as("no request or job of the platform was handed a dead connection (with"
                        + " validation by auto-commit they were, and failed, or were retried by EclipseLink)")
                .doesNotContain("This connection has been closed").doesNotContain("I/O error occurred while sending")
                .doesNotContain("terminating connection due to administrator command");
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
    }

    /**
     * Terminates every backend connected to the platform's database but this one (the pool's and the engine's alike)
     * and returns once they have exited: pg_terminate_backend only signals. Polled on the same connection, so the
     * moment of exit is known to a few milliseconds.
     */
    private static List<Integer> killThePlatformsBackends() throws Exception {
        try (Connection admin = TestDatabase.asAdministrator();
             PreparedStatement kill = admin.prepareStatement(
                     // materialised first, so that the planner cannot terminate this very backend before filtering it out
                     "WITH victims AS MATERIALIZED (SELECT pid FROM pg_stat_activity WHERE datname = ?"
                             + " AND pid <> pg_backend_pid()) SELECT pid FROM victims WHERE pg_terminate_backend(pid)");
             PreparedStatement alive = admin.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE pid = ANY (?)")) {
            kill.setString(1, TestDatabase.NAME);
            List<Integer> pids = new ArrayList<>();
            try (ResultSet rs = kill.executeQuery()) {
                while (rs.next()) {
                    pids.add(rs.getInt(1));
                }
            }
            alive.setArray(1, admin.createArrayOf("int4", pids.toArray()));
            for (int i = 0; i < 400; i++) {
                try (ResultSet rs = alive.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        return pids;
                    }
                }
                pause(5);
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

    private static String logSince(long offset) throws Exception {
        try (RandomAccessFile log = new RandomAccessFile(LOG.toFile(), "r")) {
            log.seek(offset);
            byte[] tail = new byte[(int) Math.min(Integer.MAX_VALUE - 8, log.length() - offset)];
            log.readFully(tail);
            return new String(tail, StandardCharsets.UTF_8);
        }
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
