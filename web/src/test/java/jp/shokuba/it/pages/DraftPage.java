package jp.shokuba.it.pages;

import jp.shokuba.it.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

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

    public DraftPage write(String title, long amount, String counterparty, String body) {
        driver.findElement(By.id("draft:title")).sendKeys(title);
        driver.findElement(By.id("draft:amount_input")).sendKeys(Long.toString(amount));
        driver.findElement(By.id("draft:counterparty")).sendKeys(counterparty);
        driver.findElement(By.id("draft:body")).sendKeys(body);
        return this;
    }

    public DocumentPage submit() {
        driver.findElement(By.id("draft:submit")).click();
        waitUntilUrlContains("document.xhtml");
        return new DocumentPage(driver);
    }
}
