package jp.shokuba.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.shokuba.it.Browser;
import jp.shokuba.it.Platform;
import jp.shokuba.it.pages.LoginPage;
import jp.shokuba.it.pages.MeetingViewerPage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationInk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/** Two people in two real Chromium sessions in the same meeting. */
@ExtendWith({Platform.class, Browser.class})
class MeetingsBrowserIT {

    @Test
    void oneDrawsOnTheSharedLayerAndTheOtherSeesItWithoutReloadButNeverAPrivateNote(WebDriver organiser,
                                                                                    WebDriver attendee) throws Exception {
        long id = Meetings.create("sato", List.of("tanaka"));
        long material = Meetings.material("sato", id, TestPdf.pages("第1号議案\n令和9年度予算", "第2号議案"));
        LoginPage.open(organiser).signIn("sato", "demo");
        LoginPage.open(attendee).signIn("tanaka", "demo");
        MeetingViewerPage sato = MeetingViewerPage.open(organiser, id);
        MeetingViewerPage tanaka = MeetingViewerPage.open(attendee, id);

        sato.layer("SHARED").draw(1);
        tanaka.waitForNoteBy(1, "sato");
        tanaka.layer("PRIVATE").draw(1);
        tanaka.waitForNoteBy(1, "tanaka");
        Thread.sleep(1000);
        Browser.screenshot(organiser, "MeetingsBrowserIT-organiser-sees-shared-only");
        Browser.screenshot(attendee, "MeetingsBrowserIT-attendee-sees-both");

        assertThat(sato.notesBy(1, "tanaka")).as("tanaka's private note on sato's screen").isEmpty();
        try (PDDocument exported = Loader.loadPDF(MeetingsApiIT.bytes("sato", "/api/v1/meetings/" + id + "/materials/"
                + material + "/export"))) {
            assertThat(exported.getPage(0).getAnnotations()).filteredOn(a -> a instanceof PDAnnotationInk)
                    .hasSize(1).allMatch(a -> "sato".equals(((PDAnnotationInk) a).getTitlePopup()));
        }
    }

    @Test
    void attendeesFollowThePresenterAndMayStepAwayAndComeBack(WebDriver organiser, WebDriver attendee) {
        long id = Meetings.create("sato", List.of("tanaka"));
        Meetings.material("sato", id, TestPdf.pages("一頁目", "二頁目", "三頁目"));
        LoginPage.open(organiser).signIn("sato", "demo");
        LoginPage.open(attendee).signIn("tanaka", "demo");
        MeetingViewerPage sato = MeetingViewerPage.open(organiser, id);
        MeetingViewerPage tanaka = MeetingViewerPage.open(attendee, id);

        sato.thumbnail(3);
        tanaka.waitForPage(3);
        Browser.screenshot(attendee, "MeetingsBrowserIT-follows-to-page-3");

        tanaka.toggleFollow();
        assertThat(tanaka.following()).isFalse();
        sato.thumbnail(2);
        sato.waitForPage(2);
        sleep(1500);
        assertThat(tanaka.currentPage()).as("stepped away: stays where it was").isEqualTo(3);

        tanaka.toggleFollow();
        tanaka.waitForPage(2);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
