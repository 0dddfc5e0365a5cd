package jp.shokuba.it.pages;

import java.time.Duration;
import java.util.List;
import jp.shokuba.it.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The meeting viewer /meetings/view.xhtml: pages with their note overlays, the tools and the presenter controls. */
public class MeetingViewerPage extends Page {

    public MeetingViewerPage(WebDriver driver) {
        super(driver);
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> "true".equals(
                d.findElement(By.id("viewer")).getAttribute("data-ready"))
                && "live".equals(d.findElement(By.id("mv-live")).getAttribute("data-state")));
    }

    public static MeetingViewerPage open(WebDriver driver, long meeting) {
        driver.get(Platform.url("/meetings/view.xhtml?id=" + meeting).toString());
        return new MeetingViewerPage(driver);
    }

    public MeetingViewerPage layer(String layer) {
        driver.findElement(By.cssSelector("input[name=mv-layer][value=" + layer + "]")).click();
        return this;
    }

    /** Draws a zigzag on a page with the mouse (pointer events, as a pen would give them). */
    public MeetingViewerPage draw(int page) {
        WebElement overlay = driver.findElement(By.cssSelector("svg.mv-overlay[data-page='" + page + "']"));
        new Actions(driver).moveToElement(overlay, -120, -200).clickAndHold().pause(Duration.ofMillis(60))
                .moveByOffset(40, 20).pause(Duration.ofMillis(60)).moveByOffset(40, -20).pause(Duration.ofMillis(60))
                .moveByOffset(40, 20).pause(Duration.ofMillis(60)).moveByOffset(40, -20).pause(Duration.ofMillis(120))
                .release().perform();
        return this;
    }

    /** The finished notes drawn on a page, by author. */
    public List<WebElement> notesBy(int page, String author) {
        return driver.findElements(By.cssSelector("svg.mv-overlay[data-page='" + page + "'] .mv-note[data-author='"
                + author + "']"));
    }

    public void waitForNoteBy(int page, String author) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !notesBy(page, author).isEmpty());
    }

    public MeetingViewerPage thumbnail(int page) {
        driver.findElement(By.cssSelector("#mv-thumbs canvas[data-page='" + page + "']")).click();
        return this;
    }

    public int currentPage() {
        return Integer.parseInt(driver.findElement(By.id("mv-current-page")).getText().strip());
    }

    public void waitForPage(int page) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> currentPage() == page);
    }

    public MeetingViewerPage toggleFollow() {
        driver.findElement(By.id("mv-follow")).click();
        return this;
    }

    public boolean following() {
        return "true".equals(driver.findElement(By.id("mv-follow")).getAttribute("aria-pressed"));
    }
}
