package jp.shokuba.it.pages;

import java.time.Duration;
import java.time.LocalDate;
import jp.shokuba.it.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The floor plan page: desks are SVG groups {@code #desk-<label>} whose {@code data-state} is FREE, BOOKED, OCCUPIED or BLOCKED. */
public class SeatingPage extends Page {

    public SeatingPage(WebDriver driver) {
        super(driver);
        waitFor(By.cssSelector("#seat-plan svg"));
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> "live".equals(d.findElement(By.id("seat-live")).getAttribute("data-state")));
    }

    public static SeatingPage open(WebDriver driver, long floorId, LocalDate date) {
        driver.get(Platform.url("/seating/index.xhtml?floor=" + floorId + "&date=" + date).toString());
        return new SeatingPage(driver);
    }

    /** Read in one script call: the plan is redrawn whenever the floor changes, so element handles go stale. */
    public String deskState(String label) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "var d = document.getElementById('desk-' + arguments[0]); return d ? d.getAttribute('data-state') : null;", label);
    }

    public boolean deskIsMine(String label) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "var d = document.getElementById('desk-' + arguments[0]); return !!d && d.classList.contains('mine');", label));
    }

    /** Chooses the desk with the keyboard, as someone without a mouse would. */
    public SeatingPage choose(String label) {
        return onDesk(label, e -> e.sendKeys(org.openqa.selenium.Keys.ENTER));
    }

    public SeatingPage click(String label) {
        return onDesk(label, org.openqa.selenium.WebElement::click);
    }

    private SeatingPage onDesk(String label, java.util.function.Consumer<org.openqa.selenium.WebElement> action) {
        for (int attempt = 0; ; attempt++) {
            try {
                action.accept(driver.findElement(By.id("desk-" + label)));
                return this;
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                if (attempt == 5) {
                    throw redrawn;
                }
            }
        }
    }

    /** Picks another day in the date field, as the date picker does (its change event). */
    public SeatingPage changeDate(LocalDate date) {
        ((JavascriptExecutor) driver).executeScript("var f = document.getElementById('seat-date'); f.value = arguments[0];"
                + " f.dispatchEvent(new Event('change'));", date.toString());
        return this;
    }

    /** The message shown above the plan, or "" when there is none. */
    public String currentMessage() {
        return driver.findElements(By.cssSelector("#seat-message p")).stream().map(e -> e.getText()).findFirst().orElse("");
    }

    public String occupancy() {
        return driver.findElement(By.id("seat-occupancy")).getText();
    }

    public String message() {
        return waitFor(By.cssSelector("#seat-message p")).getText();
    }

    public SeatingPage awaitMessageContaining(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElement(By.id("seat-message")).getText().contains(text));
        return this;
    }

    public SeatingPage awaitDeskState(String label, String state) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> state.equals(deskState(label)));
        return this;
    }

    /** The one button of "book me a desk" (おまかせ予約). */
    public SeatingPage bookForMe() {
        waitFor(By.id("seat-auto")).click();
        return this;
    }

    /** The button offering another desk after a refusal. */
    public SeatingPage takeInstead(String label) {
        waitFor(By.id("seat-instead-" + label)).click();
        return this;
    }

    /** Leaves a mark in the page's window: still there later means the page was not reloaded. */
    public SeatingPage mark() {
        ((JavascriptExecutor) driver).executeScript("window.shokubaMark = 'still here';");
        return this;
    }

    public boolean stillMarked() {
        return "still here".equals(((JavascriptExecutor) driver).executeScript("return window.shokubaMark;"));
    }
}
