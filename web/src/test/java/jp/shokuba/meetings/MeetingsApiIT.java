package jp.shokuba.meetings;

import static jp.shokuba.meetings.Meetings.annotated;
import static jp.shokuba.meetings.Meetings.note;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import jp.shokuba.it.Api;
import jp.shokuba.it.ArchiveIntake;
import jp.shokuba.it.Platform;
import jp.shokuba.it.TestDatabase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationInk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The meetings REST API on the real archive: who sees what, materials, notes, revisions and the export. */
@ExtendWith(Platform.class)
class MeetingsApiIT {

    private static final String ORGANISER = "sato";
    private static final String ATTENDEE = "tanaka";
    private static final String OUTSIDER = "watanabe";

    @Test
    void aMeetingIsCreatedWithLocationAndSeenOnlyByItsMembers() {
        long id = Meetings.create(ORGANISER, List.of(ATTENDEE, "takahashi"));
        long material = Meetings.material(ORGANISER, id, TestPdf.pages("第1号議案 予算案について"));

        JsonObject seen = Api.as(ATTENDEE).get("/api/v1/meetings/" + id).json();
        assertThat(seen.getString("title")).isEqualTo("予算編成会議");
        assertThat(seen.getJsonArray("attendees").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactlyInAnyOrder(ATTENDEE, "takahashi");
        assertThat(seen.getJsonArray("agenda")).hasSize(2);
        assertThat(seen.getJsonArray("materials").getJsonObject(0).getInt("pages")).isEqualTo(1);

        String m = "/api/v1/meetings/" + id;
        assertThat(Api.as(OUTSIDER).get(m).status()).isEqualTo(404);
        assertThat(Api.as(OUTSIDER).get(m + "/materials/" + material + "/pdf", "application/pdf").status()).isEqualTo(404);
        assertThat(Api.as(OUTSIDER).get(m + "/materials/" + material + "/annotations").status()).isEqualTo(404);
        assertThat(Api.as(OUTSIDER).get(m + "/materials/" + material + "/export", "application/pdf").status()).isEqualTo(404);
        assertThat(Meetings.annotate(OUTSIDER, id, material, note(1, "SHARED", "INK", null, 10, 10, 20, 20)).status())
                .isEqualTo(404);
        assertThat(Api.anonymous().get(m).status()).isEqualTo(401);
        // an attendee names a delegate, who then sees the meeting; a delegate cannot name more
        assertThat(Api.as(ATTENDEE).post(m + "/delegates", "{\"login\":\"" + OUTSIDER + "\"}").status()).isEqualTo(204);
        assertThat(Api.as(OUTSIDER).get(m).status()).isEqualTo(200);
        assertThat(Api.as(OUTSIDER).post(m + "/delegates", "{\"login\":\"ito\"}").status()).isEqualTo(403);
        assertThat(Api.as("ito").get(m).status()).isEqualTo(404);
        // an attendee may read but not hand out or replace materials
        assertThat(Meetings.upload(ATTENDEE, id, "x.pdf", TestPdf.pages("x")).status()).isEqualTo(403);
    }

    @Test
    void badRequestsAreProblemsAndWriteNothing() {
        LocalDate day = LocalDate.now().plusDays(2);
        Api organiser = Api.as(ORGANISER);
        for (String body : List.of("{}", "[1]", "not json",
                "{\"title\":\"会議\",\"start\":\"" + day + "T11:00\",\"end\":\"" + day + "T10:00\",\"attendees\":[]}",
                "{\"title\":\"会議\",\"start\":\"昨日\",\"end\":\"" + day + "T10:00\",\"attendees\":[]}",
                "{\"title\":\"会議\",\"start\":\"" + day + "T10:00\",\"end\":\"" + day + "T11:00\",\"attendees\":\"tanaka\"}",
                "{\"title\":\"会議\",\"start\":\"" + day + "T10:00\",\"end\":\"" + day + "T11:00\",\"attendees\":[\"nobody-x\"]}")) {
            Api.Reply r = organiser.post("/api/v1/meetings", body);
            assertThat(r.status()).as(body + " → " + r).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        long id = Meetings.create(ORGANISER, List.of(ATTENDEE));
        long material = Meetings.material(ORGANISER, id, TestPdf.pages("一頁目"));
        for (JsonObject bad : List.of(note(0, "SHARED", "INK", null, 1, 1), note(2, "SHARED", "INK", null, 1, 1),
                note(1, "PUBLIC", "INK", null, 1, 1), note(1, "SHARED", "CIRCLE", null, 1, 1),
                note(1, "SHARED", "INK", null), note(1, "SHARED", "STAMP", "承認", 1, 1),
                note(1, "SHARED", "TEXT", null, 1, 1),
                Json.createObjectBuilder(note(1, "SHARED", "INK", null, 1, 1)).add("color", "red").build(),
                Json.createObjectBuilder(note(1, "SHARED", "INK", null, 1, 1)).add("width", -1).build())) {
            Api.Reply r = Meetings.annotate(ATTENDEE, id, material, bad);
            assertThat(r.status()).as(bad + " → " + r).isEqualTo(400);
            assertThat(r.json().getString("detail")).isNotBlank();
        }
        assertThat(Meetings.notes(ATTENDEE, id, material)).isEmpty();
    }

    @Test
    void aCorruptPdfOrAnOfficeFileWithoutLibreOfficeIsRefusedAndNothingIsStored() throws Exception {
        long id = Meetings.create(ORGANISER, List.of(ATTENDEE));
        byte[] good = TestPdf.pages("壊れた資料の試験");
        byte[] broken = java.util.Arrays.copyOf(good, good.length / 3);
        Api.Reply corrupt = Meetings.upload(ORGANISER, id, "壊れた.pdf", broken);
        Api.Reply notPdf = Meetings.upload(ORGANISER, id, "memo.pdf", "ただのテキスト".getBytes(StandardCharsets.UTF_8));
        Api.Reply office = Meetings.upload(ORGANISER, id, "議事次第.docx", "PK\u0003\u0004 not really".getBytes(StandardCharsets.UTF_8));

        assertThat(corrupt.status()).as(corrupt.toString()).isEqualTo(400);
        assertThat(corrupt.json().getString("detail")).contains("PDF");
        assertThat(notPdf.status()).isEqualTo(400);
        assertThat(office.status()).isEqualTo(400);
        assertThat(office.json().getString("detail")).contains("LibreOffice");
        assertThat(Api.as(ORGANISER).get("/api/v1/meetings/" + id).json().getJsonArray("materials")).isEmpty();
        assertThat(contentRows(sha256(broken))).isZero();
    }

    @Test
    void theSameFileIsStoredOnceWhoeverHandsItOut() throws Exception {
        byte[] pdf = TestPdf.pages("同じ資料 " + System.nanoTime());
        long a = Meetings.create(ORGANISER, List.of(ATTENDEE));
        long b = Meetings.create("takahashi", List.of(ATTENDEE));
        Meetings.material(ORGANISER, a, pdf);
        Meetings.material("takahashi", b, pdf);

        assertThat(contentRows(sha256(pdf))).isEqualTo(1);
    }

    @Test
    void privateNotesNeverReachAnotherAttendeeAndTheExportHoldsRealAnnotations() throws Exception {
        long id = Meetings.create(ORGANISER, List.of(ATTENDEE, "takahashi"));
        long material = Meetings.material(ORGANISER, id, TestPdf.pages("一頁目 会議資料", "二頁目 歳出予算"));
        long mine = annotated(ATTENDEE, id, material, note(1, "PRIVATE", "INK", null, 100, 700, 140, 690, 180, 700));
        long shared = annotated(ORGANISER, id, material, note(2, "SHARED", "INK", null, 50, 50, 90, 80));
        annotated(ORGANISER, id, material, note(1, "SHARED", "HIGHLIGHT", null, 60, 760, 300, 760));
        annotated(ORGANISER, id, material, note(1, "SHARED", "STAMP", "要検討", 400, 500));
        annotated(ORGANISER, id, material, note(2, "SHARED", "TEXT", "数字を確認すること", 300, 300));

        assertThat(Meetings.notes("takahashi", id, material)).extracting(n -> n.getJsonNumber("id").longValue())
                .contains(shared).doesNotContain(mine);
        assertThat(Meetings.notes(ORGANISER, id, material)).extracting(n -> n.getJsonNumber("id").longValue())
                .doesNotContain(mine);
        assertThat(Meetings.notes(ATTENDEE, id, material)).extracting(n -> n.getJsonNumber("id").longValue())
                .contains(mine, shared);

        try (PDDocument mineExported = Loader.loadPDF(bytes(ATTENDEE, "/api/v1/meetings/" + id + "/materials/" + material
                + "/export"));
             PDDocument theirs = Loader.loadPDF(bytes("takahashi", "/api/v1/meetings/" + id + "/materials/" + material
                     + "/export"))) {
            List<String> subtypes = subtypes(mineExported);
            assertThat(subtypes).contains("Ink", "Highlight", "Stamp", "Text");
            PDAnnotation ink = mineExported.getPage(0).getAnnotations().stream()
                    .filter(x -> x instanceof PDAnnotationInk).findFirst().orElseThrow();
            assertThat(((PDAnnotationInk) ink).getInkList()[0]).hasSize(6);
            assertThat(((PDAnnotationInk) ink).getTitlePopup()).isEqualTo(ATTENDEE);
            // takahashi's copy: the shared ink on page 2 only, never tanaka's private ink on page 1
            assertThat(theirs.getPage(0).getAnnotations()).noneMatch(x -> x instanceof PDAnnotationInk);
            assertThat(theirs.getPage(1).getAnnotations()).anyMatch(x -> x instanceof PDAnnotationInk);
        }
    }

    @Test
    void aRevisionMovesNotesToThePageThatMovedKeepsOrphansAndTheOldVersion() throws Exception {
        long id = Meetings.create(ORGANISER, List.of(ATTENDEE));
        long material = Meetings.material(ORGANISER, id, TestPdf.pages(
                "第1号議案\n令和9年度一般会計予算について", "第2号議案\n市営住宅の家賃改定について\n改定率は平均3パーセント",
                "第3号議案\n公園管理条例の一部改正について"));
        long onTwo = annotated(ATTENDEE, id, material, note(2, "PRIVATE", "INK", null, 100, 100, 120, 130));
        long onThree = annotated(ORGANISER, id, material, note(3, "SHARED", "STAMP", "確認", 200, 200));

        Api.Reply revised = Meetings.revise(ORGANISER, id, material, TestPdf.pages("表紙\n差し替え版",
                "第1号議案\n令和9年度一般会計予算について", "第2号議案\n市営住宅の家賃改定について\n改定率は平均3パーセント",
                "第4号議案\n図書館の開館時間の延長について"));

        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.json().getInt("version")).isEqualTo(2);
        assertThat(revised.json().getInt("moved")).isEqualTo(1);
        assertThat(revised.json().getInt("orphaned")).isEqualTo(1);
        List<JsonObject> tanakas = Meetings.notes(ATTENDEE, id, material);
        JsonObject moved = tanakas.stream().filter(n -> n.getString("layer").equals("PRIVATE")).findFirst().orElseThrow();
        assertThat(moved.getInt("page")).isEqualTo(3);
        assertThat(moved.getInt("version")).isEqualTo(2);
        assertThat(moved.getJsonNumber("id").longValue()).isNotEqualTo(onTwo);
        JsonObject orphan = tanakas.stream().filter(n -> n.getString("type").equals("STAMP")).findFirst().orElseThrow();
        assertThat(orphan.isNull("page")).isTrue();
        assertThat(orphan.getBoolean("orphaned")).isTrue();
        assertThat(Api.as(ATTENDEE).get("/api/v1/meetings/" + id + "/materials/" + material + "/pdf?version=1",
                "application/pdf").status()).isEqualTo(200);
        try (PDDocument v1 = Loader.loadPDF(bytes(ATTENDEE, "/api/v1/meetings/" + id + "/materials/" + material
                + "/pdf?version=1"))) {
            assertThat(v1.getNumberOfPages()).isEqualTo(3);
        }
        assertThat(onThree).isPositive();
    }

    @Test
    void aMeetingBooksItsRoomThroughSeatingSoARoomIsNeverDoubleBooked() {
        Api facilities = Api.as("nakamura");
        Api.Reply floor = facilities.post("/api/v1/seating/admin/floors", Json.createObjectBuilder()
                .add("building", "試験庁舎").add("name", "M" + System.nanoTime() % 100000).add("level", 3)
                .add("width", 1000).add("height", 800).build());
        assertThat(floor.status()).as(floor.toString()).isEqualTo(201);
        Api.Reply room = facilities.post("/api/v1/seating/admin/floors/" + floor.json().getJsonNumber("id") + "/rooms",
                Json.createObjectBuilder().add("name", "第" + System.nanoTime() % 1000 + "会議室").add("capacity", 10)
                        .add("equipment", "モニター").build());
        assertThat(room.status()).as(room.toString()).isEqualTo(201);
        long roomId = room.json().getJsonNumber("id").longValue();
        LocalDate day = LocalDate.now().plusDays(3);

        Api.Reply first = Api.as(ORGANISER).post("/api/v1/meetings", meetingInRoom(roomId, day + "T13:00", day + "T14:00"));
        Api.Reply clash = Api.as("takahashi").post("/api/v1/meetings", meetingInRoom(roomId, day + "T13:30", day + "T15:00"));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(Api.as(ORGANISER).get(first.location().getPath()).json().getJsonNumber("roomBookingId")).isNotNull();
        assertThat(clash.status()).as(clash.toString()).isEqualTo(409);
        assertThat(Api.as(ORGANISER).get("/api/v1/seating/rooms/" + roomId + "/bookings?date=" + day).array()).hasSize(1);
    }

    @Test
    void theOrganiserKeepsTheMinutesWithDecisionsAndActionItems() throws Exception {
        long id = Meetings.create(ORGANISER, List.of(ATTENDEE));
        Meetings.material(ORGANISER, id, TestPdf.pages("議事次第"));
        String minutes = "{\"decisions\":[{\"item\":1,\"decision\":\"原案どおり要求する\"},{\"item\":2,\"decision\":\"次回に持ち越し\"}],"
                + "\"actions\":[{\"item\":1,\"what\":\"財政課へ要求書を提出\",\"owner\":\"tanaka\",\"due\":\"2027-01-15\"}]}";

        assertThat(Api.as(ATTENDEE).put("/api/v1/meetings/" + id + "/minutes", Json.createReader(
                new java.io.StringReader(minutes)).readObject()).status()).isEqualTo(403);
        Api.Reply saved = Api.as(ORGANISER).put("/api/v1/meetings/" + id + "/minutes", Json.createReader(
                new java.io.StringReader(minutes)).readObject());
        Api.Reply badDue = Api.as(ORGANISER).put("/api/v1/meetings/" + id + "/minutes", Json.createReader(
                new java.io.StringReader(minutes.replace("2027-01-15", "来週"))).readObject());
        Api.Reply badItem = Api.as(ORGANISER).put("/api/v1/meetings/" + id + "/minutes", Json.createReader(
                new java.io.StringReader(minutes.replace("\"item\":2", "\"item\":9"))).readObject());

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(badDue.status()).isEqualTo(400);
        assertThat(badItem.status()).isEqualTo(400);
        JsonObject read = Api.as(ATTENDEE).get("/api/v1/meetings/" + id + "/minutes").json();
        assertThat(read.getJsonArray("decisions")).hasSize(2);
        assertThat(read.getJsonArray("actions").getJsonObject(0).getString("owner")).isEqualTo("tanaka");
        assertThat(Api.as(OUTSIDER).get("/api/v1/meetings/" + id + "/minutes").status()).isEqualTo(404);

        List<JsonObject> filed = ArchiveIntake.awaitFinished("meeting:" + id, 2, java.time.Duration.ofMinutes(3));
        assertThat(filed).extracting(o -> o.getString("fileName")).containsExactlyInAnyOrder("議事録 予算編成会議.txt", "資料.pdf");
        long minutesRecord = filed.stream().filter(o -> o.getString("fileName").startsWith("議事録")).findFirst()
                .orElseThrow().getJsonNumber("recordId").longValue();
        assertThat(Api.as("watanabe").get("/api/v1/records/search?q=" + java.net.URLEncoder.encode("財政課へ要求書を提出",
                StandardCharsets.UTF_8) + "&size=100").json().getJsonArray("hits").getValuesAs(JsonObject.class))
                .extracting(h -> h.getJsonNumber("recordId").longValue()).contains(minutesRecord);
    }

    private static JsonObject meetingInRoom(long roomId, String start, String end) {
        return Json.createObjectBuilder().add("title", "部内調整").add("start", start).add("end", end).add("roomId", roomId)
                .add("attendees", Json.createArrayBuilder().add(ATTENDEE)).add("agenda", Json.createArrayBuilder()).build();
    }

    private static List<String> subtypes(PDDocument doc) throws IOException {
        List<String> out = new ArrayList<>();
        for (var page : doc.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) {
                out.add(a.getSubtype());
            }
        }
        return out;
    }

    static byte[] bytes(String login, String path) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(Platform.url(path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((login + ":demo")
                        .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return r.body();
    }

    private static long contentRows(String sha256) throws Exception {
        try (Connection c = TestDatabase.asAdministrator();
             ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM meetings.content WHERE sha256 = '"
                     + sha256 + "'")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
