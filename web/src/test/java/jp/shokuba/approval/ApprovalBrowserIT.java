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
