package jp.shokuba.it.pages;

import jp.shokuba.it.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

public class HomePage extends Page {

    public HomePage(WebDriver driver) {
        super(driver);
        waitFor(By.id("waiting-heading"));
    }

    public static HomePage open(WebDriver driver) {
        driver.get(Platform.url("/index.xhtml").toString());
        return new HomePage(driver);
    }

    public String whoAmI() {
        return driver.findElement(By.cssSelector(".whoami")).getText();
    }

    public HomePage switchLanguage() {
        driver.findElement(By.id("topbar:lang")).click();
        return new HomePage(driver);
    }

    public LoginPage signOut() {
        driver.findElement(By.cssSelector("#logout button")).click();
        return new LoginPage(driver);
    }

    public ImportPage openImport() {
        driver.findElement(By.id("m-import")).click();
        return new ImportPage(driver);
    }
}
