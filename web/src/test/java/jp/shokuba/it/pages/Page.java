package jp.shokuba.it.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page object can do: wait for things, read text, find the menu. */
public abstract class Page {

    protected final WebDriver driver;

    protected Page(WebDriver driver) {
        this.driver = driver;
    }

    protected WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    protected void waitUntilUrlContains(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(part));
    }

    public String heading() {
        return waitFor(By.tagName("h1")).getText();
    }

    public String messages() {
        List<WebElement> found = driver.findElements(By.cssSelector(".ui-messages"));
        return found.stream().map(WebElement::getText).reduce("", (a, b) -> a + b);
    }

    /** Ids of the menu entries this person sees (m-home, m-staff, …). */
    public List<String> menuEntries() {
        return driver.findElements(By.cssSelector("#menu a")).stream().map(a -> a.getAttribute("id")).toList();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }
}
