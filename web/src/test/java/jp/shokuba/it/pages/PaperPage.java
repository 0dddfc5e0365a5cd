package jp.shokuba.it.pages;

import java.util.List;
import jp.shokuba.it.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The paper dashboard: the level shown, its rows to drill into, the ranking and the report link. */
public class PaperPage extends Page {

    public PaperPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("level-pages"));
        new WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#paper\\:monthsChart canvas")));
    }

    public static PaperPage open(WebDriver driver) {
        driver.get(Platform.url("/paper/index.xhtml").toString());
        return new PaperPage(driver);
    }

    /** Codes of the rows one can drill into (部 or 課), or of the devices. */
    public List<String> rowCodes() {
        return driver.findElements(By.cssSelector("#rows tr.drill-row")).stream().map(r -> r.getAttribute("data-code")).toList();
    }

    public List<String> rowNames() {
        return driver.findElements(By.cssSelector("#rows tr.drill-row td:first-child")).stream().map(WebElement::getText).toList();
    }

    public PaperPage drillInto(String code) {
        driver.findElement(By.cssSelector("#rows a.drill[data-code='" + code + "']")).click();
        return new PaperPage(driver);
    }

    public PaperPage backToCity() {
        driver.findElement(By.id("paper:toCity")).click();
        return new PaperPage(driver);
    }

    public String crumbs() {
        return driver.findElement(By.id("crumbs")).getText();
    }

    public String levelPages() {
        return driver.findElement(By.id("level-pages")).getText();
    }

    public String ownRank() {
        return driver.findElement(By.id("own-rank")).getText();
    }

    public String indicatorsText() {
        return driver.findElement(By.id("indicators")).getText();
    }

    public String reportHref() {
        return driver.findElement(By.id("report")).getAttribute("href");
    }

    public String cookie() {
        return "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue();
    }
}
