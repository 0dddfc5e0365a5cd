package jp.shokuba.meetings;

import static jp.shokuba.meetings.Meetings.annotated;
import static jp.shokuba.meetings.Meetings.note;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.shokuba.it.Api;
import jp.shokuba.it.Platform;
import jp.shokuba.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The live channel /ws/meetings/{id} with the JDK's WebSocket client against the real archive. */
@ExtendWith(Platform.class)
class MeetingsLiveIT {

    private static final String ORGANISER = "sato";

    @Test
    void sharedStrokesAndNotesReachTheOthersButPrivateNotesOnlyTheirAuthor() {
        long id = Meetings.create(ORGANISER, List.of("tanaka", "takahashi"));
        long material = Meetings.material(ORGANISER, id, TestPdf.pages("一頁目"));
        try (LiveClient sato = LiveClient.connect(ORGANISER, id, 0);
             LiveClient tanaka = LiveClient.connect("tanaka", id, 0);
             LiveClient tanakaTablet = LiveClient.connect("tanaka", id, 0);
             LiveClient takahashi = LiveClient.connect("takahashi", id, 0)) {
            for (LiveClient c : List.of(sato, tanaka, tanakaTablet, takahashi)) {
                c.await(m -> m.getString("t").equals("hello"));
            }
            sato.send(Json.createObjectBuilder().add("t", "stroke").add("sid", "s1").add("materialId", material)
                    .add("page", 1).add("layer", "SHARED").add("points", Json.createArrayBuilder()
                            .add(Json.createArrayBuilder().add(10).add(20))).add("color", "#ff0000").add("width", 2).build());
            tanaka.send(Json.createObjectBuilder().add("t", "stroke").add("sid", "p1").add("materialId", material)
                    .add("page", 1).add("layer", "PRIVATE").add("points", Json.createArrayBuilder()
                            .add(Json.createArrayBuilder().add(1).add(2))).add("color", "#ff0000").add("width", 2).build());
            tanaka.send(Json.createObjectBuilder(note(1, "PRIVATE", "INK", null, 5, 5, 6, 6)).add("t", "annotate")
                    .add("ref", "r1").add("materialId", material).build());
            JsonObject ack = tanaka.await(m -> m.getString("t").equals("ack"));
            long privateId = ack.getJsonNumber("id").longValue();
            long sharedId = annotated(ORGANISER, id, material, note(1, "SHARED", "INK", null, 7, 7, 8, 8));

            JsonObject stroke = takahashi.await(m -> m.getString("t").equals("stroke"));
            assertThat(stroke.getString("from")).isEqualTo(ORGANISER);
            takahashi.await(m -> m.getString("t").equals("annotation") && m.getJsonNumber("id").longValue() == sharedId);
            tanakaTablet.await(m -> m.getString("t").equals("annotation") && m.getJsonNumber("id").longValue() == privateId);
            tanaka.await(m -> m.getString("t").equals("annotation") && m.getJsonNumber("id").longValue() == sharedId);
            LiveClient.sleep(500);
            for (LiveClient other : List.of(sato, takahashi)) {
                assertThat(other.received).noneMatch(m -> m.getString("t").equals("annotation")
                        && m.getJsonNumber("id").longValue() == privateId);
                assertThat(other.ofType("stroke")).noneMatch(m -> m.getString("layer").equals("PRIVATE"));
            }
            assertThat(sato.ofType("stroke")).as("the sender does not get its own stroke back").isEmpty();
        }
        // a newcomer replaying from 0 gets the shared note, never tanaka's private one
        try (LiveClient late = LiveClient.connect("takahashi", id, 0)) {
            late.await(m -> m.getString("t").equals("hello"));
            assertThat(late.ofType("annotation")).hasSize(1).allMatch(m -> m.getString("layer").equals("SHARED"));
        }
    }

    @Test
    void aReconnectWithSinceResumesWithoutLossOrDuplicates() throws Exception {
        long id = Meetings.create(ORGANISER, List.of("tanaka"));
        long material = Meetings.material(ORGANISER, id, TestPdf.pages("一頁目", "二頁目"));
        List<Long> seqs = new ArrayList<>();
        long lastSeen;
        try (LiveClient tanaka = LiveClient.connect("tanaka", id, 0)) {
            tanaka.await(m -> m.getString("t").equals("hello"));
            for (int i = 0; i < 5; i++) {
                annotated(ORGANISER, id, material, note(1, "SHARED", "INK", null, i, i, i + 1, i + 1));
            }
            tanaka.await(m -> m.getString("t").equals("annotation") && tanaka.ofType("annotation").size() == 5);
            tanaka.ofType("annotation").forEach(m -> seqs.add(m.getJsonNumber("seq").longValue()));
            lastSeen = seqs.get(seqs.size() - 1);
        }
        // while the client is away, and while it comes back, others keep writing
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Long>> writes = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            int n = i;
            writes.add(pool.submit(() -> annotated(n % 2 == 0 ? ORGANISER : "tanaka", id, material,
                    note(2, "SHARED", "INK", null, n, n, n + 2, n + 2))));
            if (i == 10) {
                LiveClient.sleep(50);
            }
        }
        LiveClient back = LiveClient.connect("tanaka", id, lastSeen);
        for (Future<Long> w : writes) {
            w.get();
        }
        pool.shutdown();
        try (back) {
            back.await(m -> m.getString("t").equals("hello"));
            long deadline = System.currentTimeMillis() + 20000;
            while (back.ofType("annotation").size() < 24 && System.currentTimeMillis() < deadline) {
                LiveClient.sleep(50);
            }
            LiveClient.sleep(500);
            List<Long> after = back.ofType("annotation").stream().map(m -> m.getJsonNumber("seq").longValue()).toList();
            assertThat(after).hasSize(24).doesNotHaveDuplicates().allMatch(s -> s > lastSeen);
            assertThat(after).isSorted();
            assertThat(after.get(23) - after.get(0)).isEqualTo(23);
        }
    }

    @Test
    void aChangeStillBeingCommittedWhenAClientReconnectsIsReplayedToIt() throws Exception {
        long id = Meetings.create(ORGANISER, List.of("tanaka"));
        long material = Meetings.material(ORGANISER, id, TestPdf.pages("一頁目"));
        annotated(ORGANISER, id, material, note(1, "SHARED", "INK", null, 1, 1, 2, 2));
        try (Connection writer = TestDatabase.asAdministrator(); Statement s = writer.createStatement()) {
            // a writer that has taken its number (and so published) but not yet committed
            writer.setAutoCommit(false);
            long seq;
            try (ResultSet rs = s.executeQuery("UPDATE meetings.meeting SET last_seq = last_seq + 1 WHERE id = " + id
                    + " RETURNING last_seq")) {
                rs.next();
                seq = rs.getLong(1);
            }
            s.executeUpdate("INSERT INTO meetings.annotation (meeting_id, material_id, version, page, layer, kind, author,"
                    + " points, color, width, body, seq, moved_from) SELECT meeting_id, material_id, version, page, layer,"
                    + " kind, author, points, color, width, body, " + seq + ", moved_from FROM meetings.annotation"
                    + " WHERE meeting_id = " + id + " LIMIT 1");
            try (LiveClient back = LiveClient.connect("tanaka", id, seq - 1)) {
                LiveClient.sleep(1000);
                writer.commit();
                assertThat(back.await(m -> m.getString("t").equals("annotation")).getJsonNumber("seq").longValue())
                        .isEqualTo(seq);
            }
        }
    }

    @Test
    void aNonMemberAnotherSiteOrNobodyCannotOpenTheChannel() {
        long id = Meetings.create(ORGANISER, List.of("tanaka"));
        assertThat(LiveClient.refusal("watanabe", id, null)).isEqualTo(1008);
        // another site's page is refused at the handshake itself, by the platform's origin filter
        assertThat(LiveClient.refusal("tanaka", id, "http://evil.example")).isEqualTo(-1);
        assertThat(LiveClient.refusal("tanaka", 999999, null)).isEqualTo(1008);
        try (LiveClient ok = LiveClient.connect("tanaka", id, 0, Platform.url().toString().replaceAll("/$", ""))) {
            assertThat(ok.await(m -> m.getString("t").equals("hello")).getString("presenter")).isEqualTo(ORGANISER);
        }
    }

    @Test
    void onlyThePresenterTurnsPagesAndHandsOver() {
        long id = Meetings.create(ORGANISER, List.of("tanaka"));
        long material = Meetings.material(ORGANISER, id, TestPdf.pages("一", "二", "三"));
        try (LiveClient sato = LiveClient.connect(ORGANISER, id, 0);
             LiveClient tanaka = LiveClient.connect("tanaka", id, 0)) {
            JsonObject hello = tanaka.await(m -> m.getString("t").equals("hello"));
            assertThat(hello.getString("presenterName")).as("the presenter by name, as people know them")
                    .isEqualTo(Api.as(ORGANISER).get("/api/v1/me").json().getString("name"));
            sato.await(m -> m.getString("t").equals("hello"));
            tanaka.send(Json.createObjectBuilder().add("t", "page").add("materialId", material).add("page", 3).build());
            assertThat(tanaka.await(m -> m.getString("t").equals("error")).getInt("status")).isEqualTo(403);
            sato.send(Json.createObjectBuilder().add("t", "page").add("materialId", material).add("page", 2).build());
            assertThat(tanaka.await(m -> m.getString("t").equals("page")).getInt("page")).isEqualTo(2);
            sato.send(Json.createObjectBuilder().add("t", "handover").add("to", "tanaka").build());
            assertThat(tanaka.await(m -> m.getString("t").equals("presenter") && m.getString("login").equals("tanaka"))
                    .getString("name")).isEqualTo("田中 太郎");
            tanaka.send(Json.createObjectBuilder().add("t", "page").add("materialId", material).add("page", 3).build());
            assertThat(sato.await(m -> m.getString("t").equals("page")).getInt("page")).isEqualTo(3);
        }
    }
}
