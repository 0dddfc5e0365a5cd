package jp.shokuba.it.pages;

import java.net.URI;
import jp.shokuba.it.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** One approval document with its stamp column and history. */
public class DocumentPage extends Page {

    public DocumentPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("route"));
    }

    public static DocumentPage open(WebDriver driver, long id) {
        driver.get(Platform.url("/approval/document.xhtml?id=" + id).toString());
        return new DocumentPage(driver);
    }

    public long id() {
        String query = URI.create(driver.getCurrentUrl()).getQuery();
        return Long.parseLong(query.replaceAll(".*id=(\\d+).*", "$1"));
    }

    public String state() {
        return driver.findElement(By.cssSelector(".state")).getText();
    }

    public String documentNumber() {
        return driver.findElement(By.cssSelector(".doc-number")).getText();
    }

    /** Names on the seals of the stamp column, in route order. */
    public java.util.List<String> seals() {
        return driver.findElements(By.cssSelector("#route .seal-name")).stream().map(e -> e.getText()).toList();
    }

    /** The box that tells the drafter why the document was sent back, or "" when there is none. */
    public String sentBackReason() {
        return driver.findElements(By.cssSelector(".sent-back-reason")).stream().map(e -> e.getText()).findFirst().orElse("");
    }

    /** Each seat's post line in the stamp column, in route order. */
    public java.util.List<String> routePosts() {
        return driver.findElements(By.cssSelector("#route .seat-post")).stream().map(e -> e.getText()).toList();
    }

    public String pdfLink() {
        return waitFor(By.id("document:pdf")).getAttribute("href");
    }
}
