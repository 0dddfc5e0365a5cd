package jp.shokuba.it.pages;

import java.time.Duration;
import jp.shokuba.it.Platform;
import jp.shokuba.it.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The inbox (決裁箱): the list of tasks beside the chosen document, with the decision buttons. */
public class InboxPage extends Page {

    public InboxPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("inbox:tasks"));
    }

    public static InboxPage open(WebDriver driver) {
        driver.get(Platform.url("/approval/index.xhtml").toString());
        return new InboxPage(driver);
    }

    public String badge() {
        return driver.findElements(By.id("approval-badge")).stream().map(e -> e.getText()).findFirst().orElse("");
    }

    /** The count on the 決裁箱 tab above the inbox, or "" when none is shown. */
    public String tabBadge() {
        return driver.findElements(By.cssSelector("#inboxBadge .badge")).stream().map(e -> e.getText()).findFirst().orElse("");
    }

    public InboxPage choose(String title) {
        driver.findElement(By.xpath("//a[contains(@class,'task-title') and normalize-space()='" + title + "']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(By.id("doc-title"), title));
        return this;
    }

    /** Sends the chosen document back with the comment (maybe empty) and waits for the answer. */
    public InboxPage sendBackWith(String comment) {
        return decide("inbox:sendBack", comment);
    }

    /** Approves (or agrees, for a 合議) with the comment and waits for the answer, whatever it is. */
    public InboxPage decide(String button, String comment) {
        org.openqa.selenium.WebElement field = driver.findElement(By.id("inbox:comment"));
        field.clear();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", field, comment);
        driver.findElement(By.id(button)).click();
        // the answer re-renders the form: wait for the old one to go, then for a message
        Browser.awaitGone(driver, field, Duration.ofSeconds(20));
        waitFor(By.cssSelector(".ui-messages-info, .ui-messages-error"));
        return this;
    }

    /** The message at the comment field, or "". */
    public String commentMessage() {
        return driver.findElements(By.id("inbox:commentMessage")).stream().map(e -> e.getText()).findFirst().orElse("");
    }

    public InboxPage approveWith(String comment) {
        driver.findElement(By.id("inbox:comment")).sendKeys(comment);
        driver.findElement(By.id("inbox:approve")).click();
        waitFor(By.cssSelector(".ui-messages-info"));
        return this;
    }
}
