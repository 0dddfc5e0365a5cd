package jp.shokuba.it.pages;

import java.time.Duration;
import jp.shokuba.it.Platform;
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

    public InboxPage choose(String title) {
        driver.findElement(By.xpath("//a[contains(@class,'task-title') and normalize-space()='" + title + "']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(By.id("doc-title"), title));
        return this;
    }

    public InboxPage approveWith(String comment) {
        driver.findElement(By.id("inbox:comment")).sendKeys(comment);
        driver.findElement(By.id("inbox:approve")).click();
        waitFor(By.cssSelector(".ui-messages-info"));
        return this;
    }
}
