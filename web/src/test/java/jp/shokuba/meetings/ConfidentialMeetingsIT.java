package jp.shokuba.meetings;

import static jp.shokuba.meetings.Meetings.note;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import jp.shokuba.it.Api;
import jp.shokuba.it.ArchiveIntake;
import jp.shokuba.it.Platform;
import jp.shokuba.it.TestDatabase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** 取扱注意 meetings (materials leave only with the reader's name on every page) and attendees invited by unit. */
@ExtendWith(Platform.class)
class ConfidentialMeetingsIT {

    private static final String ORGANISER = "sato";
    private static final String ATTENDEE = "tanaka";
    private static final String PLANNING_SECTION = "0210";

    @Test
    void aConfidentialMaterialCarriesItsReadersNameAndTimeOnEveryPageAndEachHandingOutIsAudited() throws Exception {
        long id = Meetings.create(ORGANISER, Meetings.meeting(List.of(ATTENDEE)).add("confidential", true).build());
        long material = Meetings.material(ORGANISER, id, TestPdf.pages("人事異動の内示案", "二頁目の資料"));
        String m = "/api/v1/meetings/" + id + "/materials/" + material;
        Meetings.annotated(ATTENDEE, id, material, note(1, "PRIVATE", "INK", null, 100, 100, 200, 200));

        assertThat(Api.as(ATTENDEE).get("/api/v1/meetings/" + id).json().getBoolean("confidential")).isTrue();
        List<String> attendeePages = pageTexts(MeetingsApiIT.bytes(ATTENDEE, m + "/pdf"));
        assertThat(attendeePages).hasSize(2).allSatisfy(page -> assertThat(page)
                .contains("取扱注意", "田中 太郎", "（tanaka）", "令和"));
        assertThat(attendeePages.get(0)).contains("人事異動の内示案");
        assertThat(pageTexts(MeetingsApiIT.bytes(ORGANISER, m + "/pdf")))
                .allSatisfy(page -> assertThat(page).contains("（sato）").doesNotContain("tanaka"));
        byte[] export = MeetingsApiIT.bytes(ATTENDEE, m + "/export");
        assertThat(pageTexts(export)).allSatisfy(page -> assertThat(page).contains("（tanaka）"));
        try (PDDocument doc = Loader.loadPDF(export)) {
            assertThat(doc.getPage(0).getAnnotations()).extracting(a -> a.getSubtype()).contains("Ink");
        }

        assertThat(audited("meetings.confidential.viewed", id, ATTENDEE)).isEqualTo(1);
        assertThat(audited("meetings.confidential.viewed", id, ORGANISER)).isEqualTo(1);
        assertThat(audited("meetings.confidential.exported", id, ATTENDEE)).isEqualTo(1);
    }

    @Test
    void aConfidentialMeetingsMinutesAndMaterialsAreNotFiledIntoTheArchive() throws Exception {
        long secret = Meetings.create(ORGANISER, Meetings.meeting(List.of(ATTENDEE)).add("confidential", true).build());
        long ordinary = Meetings.create(ORGANISER, List.of(ATTENDEE));
        for (long id : new long[] {secret, ordinary}) {
            Meetings.material(ORGANISER, id, TestPdf.pages("資料 " + id));
            assertThat(Api.as(ORGANISER).put("/api/v1/meetings/" + id + "/minutes", Json.createObjectBuilder()
                    .add("decisions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("item", 1)
                            .add("decision", "了承"))).add("actions", Json.createArrayBuilder()).build()).status())
                    .isEqualTo(200);
        }
        ArchiveIntake.awaitFinished("meeting:" + ordinary, 2, java.time.Duration.ofMinutes(3));
        assertThat(ArchiveIntake.from("meeting:" + secret)).isEmpty();
    }

    @Test
    void anOrdinaryMaterialIsGivenOutByteForByteAndUnaudited() throws Exception {
        long id = Meetings.create(ORGANISER, List.of(ATTENDEE));
        byte[] pdf = TestPdf.pages("通常の資料");
        long material = Meetings.material(ORGANISER, id, pdf);

        assertThat(Api.as(ATTENDEE).get("/api/v1/meetings/" + id).json().getBoolean("confidential")).isFalse();
        assertThat(MeetingsApiIT.bytes(ATTENDEE, "/api/v1/meetings/" + id + "/materials/" + material + "/pdf"))
                .isEqualTo(pdf);
        assertThat(audited("meetings.confidential.viewed", id, ATTENDEE)).isZero();
    }

    @Test
    void aSectionInvitedAsAUnitBringsItsTeamsMembersAndNoOneElse() {
        long id = Meetings.create("takahashi", Meetings.meeting(List.of())
                .add("attendeeUnits", Json.createArrayBuilder().add(PLANNING_SECTION)).build());

        JsonObject seen = Api.as(ATTENDEE).get("/api/v1/meetings/" + id).json();
        assertThat(seen.getJsonArray("attendees").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .contains(ATTENDEE, ORGANISER).doesNotContain("takahashi", "watanabe");
        assertThat(Api.as("watanabe").get("/api/v1/meetings/" + id).status()).isEqualTo(404);
    }

    @Test
    void anUnknownUnitOrAConfidentialityThatIsNoBooleanIsRefusedAndCreatesNothing() {
        int before = Api.as("takahashi").get("/api/v1/meetings").array().size();
        for (JsonObject bad : List.of(
                Meetings.meeting(List.of()).add("attendeeUnits", Json.createArrayBuilder().add("9999")).build(),
                Meetings.meeting(List.of()).add("attendeeUnits", "0210").build(),
                Meetings.meeting(List.of()).add("confidential", "yes").build())) {
            Api.Reply r = Api.as("takahashi").post("/api/v1/meetings", bad);
            assertThat(r.status()).as(bad + " → " + r).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().getString("detail")).isNotBlank();
        }
        assertThat(Api.as("takahashi").get("/api/v1/meetings").array()).hasSize(before);
    }

    private static List<String> pageTexts(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper text = new PDFTextStripper();
            return java.util.stream.IntStream.rangeClosed(1, doc.getNumberOfPages()).mapToObj(p -> {
                text.setStartPage(p);
                text.setEndPage(p);
                try {
                    return text.getText(doc);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static long audited(String action, long meetingId, String actor) throws Exception {
        try (Connection c = TestDatabase.asAdministrator();
             PreparedStatement q = c.prepareStatement("SELECT count(*) FROM audit.entry WHERE action = ?"
                     + " AND object_type = 'Meeting' AND object_id = ? AND actor = ?")) {
            q.setString(1, action);
            q.setString(2, Long.toString(meetingId));
            q.setString(3, actor);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
