package jp.shokuba.it.pages;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

public class ImportPage extends Page {

    public ImportPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("staff-heading"));
    }

    public ImportPage importStaff(Path csv) {
        driver.findElement(By.cssSelector("input[type=file][id^='staffForm:staffFile']")).sendKeys(csv.toAbsolutePath().toString());
        driver.findElement(By.id("staffForm:importStaff")).click();
        return new ImportPage(driver);
    }

    /** The rows of the error table: line number and message. */
    public List<List<String>> errors() {
        return driver.findElements(By.cssSelector("#errorTable tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .toList();
    }
}
