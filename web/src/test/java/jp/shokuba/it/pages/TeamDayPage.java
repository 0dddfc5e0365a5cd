package jp.shokuba.it.pages;

import java.time.LocalDate;
import java.util.List;
import jp.shokuba.it.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A 係長's team day: team, date, one button; the result lists who sits where. */
public class TeamDayPage extends Page {

    public TeamDayPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("teamDayForm:book"));
    }

    public static TeamDayPage open(WebDriver driver) {
        driver.get(Platform.url("/seating/teamday.xhtml").toString());
        return new TeamDayPage(driver);
    }

    public TeamDayPage book(LocalDate date) {
        WebElement input = driver.findElement(By.id("teamDayForm:date"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, date.toString());
        driver.findElement(By.id("teamDayForm:book")).click();
        waitFor(By.id("teamday-result"));
        return this;
    }

    /** Rows of the seated table: name, floor, desk. */
    public List<List<String>> seated() {
        return driver.findElements(By.cssSelector("#seated tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
    }
}
