package jp.shokuba.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import jp.shokuba.it.Browser;
import jp.shokuba.it.Platform;
import jp.shokuba.it.pages.LoginPage;
import jp.shokuba.it.pages.RecordsPages;
import jp.shokuba.records.corpus.PaperDocument;
import jp.shokuba.records.corpus.ScannedPaper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A records clerk in Chromium: uploads a scan, watches it go through intake, finds it, sees the word marked. */
@ExtendWith({Platform.class, Browser.class})
class RecordsBrowserIT {

    @Test
    void aClerkUploadsAScanWatchesItsProgressFindsItByAWordAndSeesTheWordMarkedOnThePage(WebDriver browser)
            throws Exception {
        PaperDocument d = ScannedPaper.invoice(new Random(909), 909);
        Path file = Files.createTempDirectory("records-upload").resolve("scan-909.png");
        Files.write(file, ScannedPaper.png(ScannedPaper.scan(d, 300, 0.5, 909)));

        LoginPage.open(browser).signIn("watanabe", "demo");
        RecordsPages upload = RecordsPages.upload(browser).choose(file);
        List<String> states = upload.awaitUploadState("scan-909.png", "INDEXED", Duration.ofMinutes(4));
        Browser.screenshot(browser, "RecordsBrowserIT-upload-indexed");
        assertThat(states).as("progress shown on the way").last().isEqualTo("INDEXED");

        String word = d.counterparty();
        RecordsPages search = RecordsPages.search(browser, word);
        List<WebElement> hits = search.awaitHits();
        WebElement hit = hits.stream().filter(h -> h.getText().contains("scan-909.png")).findFirst().orElseThrow();
        assertThat(hit.getAttribute("innerHTML")).contains("<mark>");
        Browser.screenshot(browser, "RecordsBrowserIT-search");

        search.openHit(hit);
        assertThat(search.imageLoaded()).isTrue();
        assertThat(search.marks()).as("the line holding the word is marked").isPositive();
        Browser.screenshot(browser, "RecordsBrowserIT-page-marked");
    }
}
