package jp.shokuba.it.pages;

import java.time.Duration;
import java.util.List;
import jp.shokuba.it.Platform;
import jp.shokuba.it.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The draft editor (起案). */
public class DraftPage extends Page {

    public DraftPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("draft:title"));
    }

    public static DraftPage openNew(WebDriver driver) {
        driver.get(Platform.url("/approval/edit.xhtml").toString());
        return new DraftPage(driver);
    }

    public static DraftPage open(WebDriver driver, long id) {
        driver.get(Platform.url("/approval/edit.xhtml?id=" + id).toString());
        return new DraftPage(driver);
    }

    public DraftPage write(String title, long amount, String counterparty, String body) {
        return write(title, Long.toString(amount), counterparty, body);
    }

    /** Types into the fields exactly what is given: the amount as a clerk would type it. */
    public DraftPage write(String title, String amount, String counterparty, String body) {
        type("draft:title", title);
        type("draft:amount", amount);
        type("draft:counterparty", counterparty);
        type("draft:body", body);
        return this;
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        if (text.length() > 100) {
            // sendKeys types long text key by key: set it at once, as a paste would
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", field, text);
        } else {
            field.sendKeys(text);
        }
    }

    public String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    /** Saves with the ajax button and waits for the answer (a message at a field or at the top). */
    public DraftPage save() {
        WebElement before = driver.findElement(By.id("draft:title"));
        driver.findElement(By.id("draft:save")).click();
        // the answer re-renders the form: wait for the old one to go, then for a message
        Browser.awaitGone(driver, before, Duration.ofSeconds(20));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                !d.findElements(By.cssSelector(".ui-message-error, .ui-messages-info, .ui-messages-error")).isEmpty());
        return this;
    }

    /** The message shown at a field ({@code title}, {@code amount}, {@code counterparty}), or "". */
    public String fieldMessage(String field) {
        return driver.findElements(By.id("draft:" + field + "Message")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** The route preview: each seat's post line, in the order shown. */
    public List<String> previewPosts() {
        return driver.findElements(By.cssSelector("#preview .seat-post")).stream().map(WebElement::getText).toList();
    }

    public DocumentPage submit() {
        driver.findElement(By.id("draft:submit")).click();
        waitUntilUrlContains("document.xhtml");
        return new DocumentPage(driver);
    }
}
