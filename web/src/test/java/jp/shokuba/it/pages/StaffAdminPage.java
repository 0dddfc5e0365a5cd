package jp.shokuba.it.pages;

import java.time.Duration;
import jp.shokuba.it.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** 管理 → 職員: search, open a person, change their post, save. */
public class StaffAdminPage extends Page {

    public StaffAdminPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("staffForm:staffTable"));
    }

    public static StaffAdminPage open(WebDriver driver) {
        driver.get(Platform.url("/admin/staff.xhtml").toString());
        return new StaffAdminPage(driver);
    }

    public StaffAdminPage search(String text) {
        WebElement box = driver.findElement(By.id("staffForm:search"));
        box.clear();
        box.sendKeys(text);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                d.findElements(By.cssSelector("#staffForm\\:staffTable tbody tr")).size() == 1);
        return this;
    }

    /** Types the text and presses Enter, as a clerk would, then waits for the one matching row. */
    public StaffAdminPage searchWithEnter(String text) {
        WebElement box = driver.findElement(By.id("staffForm:search"));
        box.clear();
        box.sendKeys(text + Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                d.findElements(By.cssSelector("#staffForm\\:staffTable tbody tr")).size() == 1
                        && d.findElement(By.cssSelector("#staffForm\\:staffTable tbody tr")).getText().contains(text));
        return this;
    }

    public boolean editDialogShown() {
        return driver.findElements(By.id("editDialog")).stream().anyMatch(WebElement::isDisplayed);
    }

    public String firstRowText() {
        return driver.findElement(By.cssSelector("#staffForm\\:staffTable tbody tr")).getText();
    }

    public StaffAdminPage editFirstRow() {
        driver.findElement(By.cssSelector("#staffForm\\:staffTable tbody tr button")).click();
        waitFor(By.id("editForm:nameKanji"));
        return this;
    }

    /** With the keyboard, as a clerk would: focus the menu and step down until the post shows. */
    public StaffAdminPage choosePosition(String japaneseName) {
        WebElement menu = driver.findElement(By.id("editForm:position_label"));
        for (int step = 0; step < 8 && !positionLabel().equals(japaneseName); step++) {
            menu.sendKeys(Keys.ARROW_DOWN);
        }
        if (!positionLabel().equals(japaneseName)) {
            throw new IllegalStateException("no post " + japaneseName + " below " + positionLabel());
        }
        return this;
    }

    private String positionLabel() {
        return driver.findElement(By.id("editForm:position_label")).getText();
    }

    /** Switches 在職 (active) off or on. */
    public StaffAdminPage toggleActive() {
        WebElement input = driver.findElement(By.id("editForm:active_input"));
        boolean before = input.isSelected();
        driver.findElement(By.cssSelector("#editForm\\:active .ui-toggleswitch-slider")).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> input.isSelected() != before);
        return this;
    }

    /** 新しいパスワード: the administrator's reset, saved with the rest. */
    public StaffAdminPage newPassword(String password) {
        driver.findElement(By.id("editForm:newPassword")).sendKeys(password);
        return this;
    }

    public StaffAdminPage save() {
        driver.findElement(By.id("editForm:save")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));
        return this;
    }

    public StaffAdminPage closeWithEscape() {
        driver.findElement(By.id("editForm:nameKanji")).sendKeys(Keys.ESCAPE);
        return this;
    }
}
