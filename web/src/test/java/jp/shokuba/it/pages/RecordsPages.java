package jp.shokuba.it.pages;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jp.shokuba.it.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The records pages: upload with per-file progress, search with snippets, a record's page with the hit marked. */
public class RecordsPages extends Page {

    public RecordsPages(WebDriver driver) {
        super(driver);
    }

    public static RecordsPages upload(WebDriver driver) {
        driver.get(Platform.url("/records/upload.xhtml").toString());
        RecordsPages p = new RecordsPages(driver);
        p.waitFor(By.id("r-drop"));
        return p;
    }

    public RecordsPages choose(Path file) {
        driver.findElement(By.id("r-files")).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** The states the file's row went through, in order, until it reached {@code state}. */
    public List<String> awaitUploadState(String fileName, String state, Duration within) {
        java.util.List<String> seen = new java.util.ArrayList<>();
        new WebDriverWait(driver, within, Duration.ofMillis(300)).until(d -> {
            for (WebElement row : d.findElements(By.cssSelector("#r-uploads tr.upload"))) {
                if (row.findElement(By.cssSelector(".name")).getText().equals(fileName)) {
                    String s = row.getAttribute("data-state");
                    if (s != null && (seen.isEmpty() || !seen.get(seen.size() - 1).equals(s))) {
                        seen.add(s);
                    }
                    return state.equals(s);
                }
            }
            return false;
        });
        return seen;
    }

    public static RecordsPages search(WebDriver driver, String q) {
        driver.get(Platform.url("/records/index.xhtml").toString());
        RecordsPages p = new RecordsPages(driver);
        p.waitFor(By.id("r-q")).sendKeys(q);
        driver.findElement(By.id("r-go")).click();
        return p;
    }

    public List<WebElement> awaitHits() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#r-hits li")).isEmpty());
        return driver.findElements(By.cssSelector("#r-hits li"));
    }

    public RecordsPages openHit(WebElement hit) {
        hit.findElement(By.cssSelector("a.hit-link")).click();
        waitFor(By.id("r-image"));
        return this;
    }

    /** How many boxes mark the hit on the page image, once the page has loaded. */
    public int marks() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("r-page")).getAttribute("data-marks") != null);
        return driver.findElements(By.cssSelector("#r-page .hit-mark")).size();
    }

    public boolean imageLoaded() {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("var i = document.getElementById('r-image'); return i.complete && i.naturalWidth > 0;"));
    }
}
