package jp.shokuba.paper;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import jp.shokuba.it.Api;

/** A 課 of its own under 都市政策局 for one test, so its figures are exactly what the test put there. */
record TestDepartment(String code, String name) {

    static final Api ADMIN = Api.as("admin");

    static TestDepartment create(String label) {
        int n = ThreadLocalRandom.current().nextInt(1000, 9999);
        TestDepartment d = new TestDepartment("9" + n, label + n + "課");
        Api.Reply r = ADMIN.postBytes("/api/v1/directory/organisation-import", "text/csv",
                ("組織コード,組織名,組織区分,上位組織コード\n" + d.code + "," + d.name + ",課,020\n").getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return d;
    }

    Api.Reply importDevices(String csv) {
        return ADMIN.postBytes("/api/v1/paper/devices-import", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    long deviceId(String address) {
        return ADMIN.get("/api/v1/paper/devices").array().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("address").equals(address)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** Polls this 課's devices as of {@code day} and waits for the round to finish. */
    JsonObject poll(LocalDate day) {
        Api.Reply r = ADMIN.post("/api/v1/paper/poll?department=" + code + "&day=" + day, "");
        assertThat(r.status()).as(r.toString()).isEqualTo(202);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject state = ADMIN.get("/api/v1/paper/poll").json();
            if (!state.getBoolean("running") && state.containsKey("last")
                    && state.getJsonObject("last").getString("day").equals(day.toString())) {
                return state.getJsonObject("last");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the polling round of " + day + " did not finish");
    }
}
