package jp.shokuba.it.pages;

import jp.shokuba.it.Platform;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

public class LoginPage extends Page {

    public LoginPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("username"));
    }

    public static LoginPage open(WebDriver driver) {
        driver.get(Platform.url("/login.xhtml").toString());
        return new LoginPage(driver);
    }

    public HomePage signIn(String login, String password) {
        submit(login, password);
        return new HomePage(driver);
    }

    public LoginPage signInRefused(String login, String password) {
        submit(login, password);
        waitFor(By.cssSelector(".ui-messages-error"));
        return this;
    }

    private void submit(String login, String password) {
        driver.findElement(By.id("username")).clear();
        driver.findElement(By.id("username")).sendKeys(login);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("signIn")).click();
    }

    public String notice() {
        return driver.findElements(By.cssSelector(".notice")).stream().map(e -> e.getText()).findFirst().orElse("");
    }

    public LoginPage switchLanguage() {
        driver.findElement(By.id("language:lang")).click();
        return new LoginPage(driver);
    }
}
