package jp.shokuba.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.shokuba.it.Browser;
import jp.shokuba.it.Platform;
import jp.shokuba.it.pages.DocumentPage;
import jp.shokuba.it.pages.DraftPage;
import jp.shokuba.it.pages.InboxPage;
import jp.shokuba.it.pages.LoginPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/** A drafter submits in the browser, the 係長 approves from the inbox, and the stamped PDF downloads. */
@ExtendWith({Platform.class, Browser.class})
class ApprovalBrowserIT {

    @Test
    void aPurchaseDraftedInTheBrowserIsApprovedFromTheInboxAndItsStampedPdfDownloads(WebDriver drafter, WebDriver approver)
            throws Exception {
        String title = "プリンタートナーの購入 " + System.nanoTime() % 100000;
        LoginPage.open(drafter).signIn("tanaka", "demo");
        DocumentPage submitted = DraftPage.openNew(drafter)
                .write(title, 50_000, "北陸事務機株式会社", "複合機のトナーが残りわずかのため、2本購入したい。")
                .submit();
        assertThat(submitted.heading()).isEqualTo(title);
        assertThat(submitted.state()).isEqualTo("決裁中");
        long id = submitted.id();
        Browser.screenshot(drafter, "ApprovalBrowserIT-1-submitted");

        LoginPage.open(approver).signIn("sato", "demo");
        InboxPage inbox = InboxPage.open(approver);
        assertThat(inbox.badge()).isNotEmpty();
        inbox.choose(title);
        Browser.screenshot(approver, "ApprovalBrowserIT-2-inbox");
        inbox.approveWith("承知しました");
        assertThat(inbox.messages()).contains("決裁しました").contains("金企第");
        Browser.screenshot(approver, "ApprovalBrowserIT-3-approved");

        DocumentPage approved = DocumentPage.open(drafter, id);
        assertThat(approved.state()).isEqualTo("決裁済");
        assertThat(approved.documentNumber()).matches("金企第\\d+号");
        assertThat(approved.seals()).containsExactly("佐藤");
        byte[] pdf = download(drafter, approved.pdfLink());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Path saved = Path.of(System.getProperty("shokuba.screenshots", "target/screenshots"), "ApprovalBrowserIT-record.pdf");
        Files.createDirectories(saved.getParent());
        Files.write(saved, pdf);
        Browser.screenshot(drafter, "ApprovalBrowserIT-4-document");
    }

    /**
     * What the editor cannot keep is refused at the field and left as typed: a negative amount keeps its minus,
     * 21 digits are not capped, a 201-character subject is not cut. Nothing is saved until it fits.
     */
    @Test
    void theEditorRefusesAmountsAndSubjectsItCannotKeepAtTheFieldAndLeavesThemAsTyped(WebDriver drafter) {
        LoginPage.open(drafter).signIn("tanaka", "demo");
        DraftPage draft = DraftPage.openNew(drafter).write("件".repeat(201), "-5000", "北陸事務機株式会社", "トナー購入");

        draft.save();

        assertThat(draft.fieldMessage("title")).contains("200文字以内");
        assertThat(draft.fieldMessage("amount")).contains("マイナス");
        assertThat(draft.value("draft:amount")).isEqualTo("-5000");
        assertThat(draft.value("draft:title")).hasSize(201);
        assertThat(draft.messages()).doesNotContain("保存しました");
        Browser.screenshot(drafter, "ApprovalBrowserIT-limits-refused-at-the-field");

        String title = "トナー購入 " + System.nanoTime() % 100000;
        draft.write(title, "123456789012345678901", "北陸事務機株式会社", "トナー購入").save();
        assertThat(draft.fieldMessage("amount")).contains("15桁");
        assertThat(draft.value("draft:amount")).isEqualTo("123456789012345678901");

        draft.write(title, "１，２００，０００", "北陸事務機株式会社", "トナー購入").save();
        assertThat(draft.messages()).contains("保存しました");
        assertThat(draft.value("draft:amount")).isEqualTo("1,200,000");
        assertThat(draft.fieldMessage("amount")).isEmpty();

        jp.shokuba.it.pages.HomePage.open(drafter).switchLanguage();
        DraftPage english = DraftPage.openNew(drafter).write("Toner", "-5000", "Hokuriku", "Toner").save();
        assertThat(english.fieldMessage("amount")).contains("cannot be negative");
        assertThat(english.value("draft:amount")).isEqualTo("-5000");
        Browser.screenshot(drafter, "ApprovalBrowserIT-limits-refused-at-the-field-en");
    }

    /**
     * The preview in the editor shows the route in the order the document then runs (合議 before the 部長); a
     * send-back needs a reason, which the drafter then reads on the document; the inbox badge follows at once.
     */
    @Test
    void aSendBackNeedsAReasonThatTheDrafterReadsAndTheRouteIsShownOneWayEverywhere(WebDriver drafter, WebDriver approver) {
        String title = "庁舎警備業務委託 " + System.nanoTime() % 100000;
        long id = Approvals.draft("tanaka", "CONTRACT", 3_000_000L, title, java.util.List.of("0130"));
        LoginPage.open(drafter).signIn("tanaka", "demo");
        java.util.List<String> preview = DraftPage.open(drafter, id).previewPosts();
        Browser.screenshot(drafter, "ApprovalBrowserIT-route-preview");
        DocumentPage submitted = DraftPage.open(drafter, id).submit();
        assertThat(submitted.routePosts()).isEqualTo(preview);
        assertThat(preview.get(3)).startsWith("合議").doesNotContain("合議 合議");

        LoginPage.open(approver).signIn("sato", "demo");
        InboxPage inbox = InboxPage.open(approver);
        int before = Integer.parseInt(inbox.badge());
        inbox.choose(title).sendBackWith("");
        assertThat(inbox.commentMessage()).contains("理由");
        Browser.screenshot(approver, "ApprovalBrowserIT-send-back-needs-a-reason");

        inbox.sendBackWith("契約期間と警備員の人数を明記してください");
        assertThat(inbox.messages()).contains("差し戻しました");
        assertThat(inbox.badge()).isEqualTo(before == 1 ? "" : Integer.toString(before - 1));
        assertThat(inbox.tabBadge()).isEqualTo(inbox.badge());

        DocumentPage sentBack = DocumentPage.open(drafter, id);
        assertThat(sentBack.sentBackReason()).contains("契約期間と警備員の人数を明記してください").contains("佐藤");
        Browser.screenshot(drafter, "ApprovalBrowserIT-sent-back-reason-on-the-document");
    }

    /** A decision comment longer than the stamp column can hold is refused at the field; the document waits. */
    @Test
    void aTooLongCommentIsRefusedAtTheField(WebDriver approver) {
        String title = "会議録の公開 " + System.nanoTime() % 100000;
        long id = Approvals.draft("tanaka", "GENERAL", null, title, java.util.List.of());
        Approvals.submit("tanaka", id);
        LoginPage.open(approver).signIn("sato", "demo");
        InboxPage inbox = InboxPage.open(approver).choose(title);

        inbox.decide("inbox:approve", "了".repeat(501));

        assertThat(inbox.commentMessage()).contains("500文字以内");
        assertThat(Approvals.document("tanaka", id).getString("state")).isEqualTo("IN_PROGRESS");
    }

    /** A document that is not there (a typed id, a deleted draft) gets the friendly not-found page, not a blank one. */
    @Test
    void anUnknownDocumentShowsTheNotFoundPage(WebDriver browser) {
        LoginPage.open(browser).signIn("tanaka", "demo");
        for (String id : new String[] {"abc", "999999999"}) {
            browser.get(jp.shokuba.it.Platform.url("/approval/document.xhtml?id=" + id).toString());
            assertThat(browser.getTitle()).as(id).startsWith("ページが見つかりません");
        }
        Browser.screenshot(browser, "ApprovalBrowserIT-document-not-found");
    }

    /** Fetches what the link points to with the browser's session, as the download would. */
    private static byte[] download(WebDriver driver, String href) throws Exception {
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/pdf");
        return r.body();
    }
}
