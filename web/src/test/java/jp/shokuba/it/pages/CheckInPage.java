package jp.shokuba.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Where a desk's QR code leads: the desk's name and one check-in button. */
public class CheckInPage extends Page {

    public CheckInPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("checkin-desk"));
    }

    /** Follows the QR code's address on a phone that is not signed in: the sign-in comes first, then the check-in page. */
    public static CheckInPage followQrCode(WebDriver driver, String url, String login, String password) {
        driver.get(url);
        new LoginPage(driver);
        driver.findElement(By.id("username")).sendKeys(login);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("signIn")).click();
        return new CheckInPage(driver);
    }

    public String desk() {
        return driver.findElement(By.id("checkin-desk")).getText();
    }

    public CheckInPage checkIn() {
        driver.findElement(By.id("checkinForm:checkin")).click();
        waitFor(By.id("checkin-status"));
        return this;
    }

    public String status() {
        return driver.findElement(By.id("checkin-result")).getText();
    }
}
