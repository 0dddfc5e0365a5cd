package jp.shokuba.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import jp.shokuba.it.Api;
import jp.shokuba.it.Browser;
import jp.shokuba.it.Platform;
import jp.shokuba.it.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Production mode ({@code SHOKUBA_DEMO_ENABLED=false}, as {@code ./shokuba start}) on the database the demo run
 * filled: no demo account signs in, by the form or by HTTP Basic, while a real account whose password hash is
 * the very same (copied from a demo row) still does, so the refusal is the demo marker's and nothing else's.
 */
@ExtendWith({Platform.class, Browser.class})
class DemoAccountsInProductionIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Platform.Instance production;
    private static String realLogin;

    @BeforeAll
    static void startProductionOnTheDemoDatabase() throws Exception {
        String number = "8" + ThreadLocalRandom.current().nextInt(10000, 99999);
        realLogin = "real" + number;
        Api.Reply imported = Api.as("admin").postBytes("/api/v1/directory/staff-import", "text/csv",
                ("職員番号,ログインID,氏名,氏名カナ,メールアドレス,所属コード,職名,役割\n" + number + "," + realLogin
                        + ",本番 花子,ホンバン ハナコ," + realLogin + "@city-hall.example,03102,係員,\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        try (Connection db = TestDatabase.asAdministrator(); PreparedStatement copy = db.prepareStatement(
                "UPDATE directory.staff SET password_hash = (SELECT password_hash FROM directory.staff WHERE login = 'admin')"
                        + " WHERE login = ?")) {
            copy.setString(1, realLogin);
            assertThat(copy.executeUpdate()).isEqualTo(1);
        }
        production = Platform.startSeparately(Map.of("SHOKUBA_DEMO_ENABLED", "false"), "it-payara-production.log");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (production != null) {
            production.close();
        }
    }

    @Test
    void noDemoAccountSignsInByHttpBasicButARealOneDoes() throws Exception {
        for (String demo : new String[]{"admin", "tanaka", "takahashi", "yamamoto", "kobayashi", "suzuki", "endo"}) {
            assertThat(basic(demo, "demo").statusCode()).as(demo).isEqualTo(401);
        }
        HttpResponse<String> real = basic(realLogin, "demo");
        assertThat(real.statusCode()).as(real.body()).isEqualTo(200);
        assertThat(real.body()).contains(realLogin);
        // the demo instance still takes them: the refusal is production mode's
        assertThat(Api.as("admin").get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void noDemoAccountSignsInByTheForm(WebDriver browser) {
        for (String demo : new String[]{"admin", "tanaka", "watanabe"}) {
            browser.manage().deleteAllCookies();
            signIn(browser, demo);
            new WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-messages-error")));
            assertThat(browser.getCurrentUrl()).as(demo).contains("/login.xhtml");
            assertThat(browser.findElements(By.cssSelector(".whoami"))).as(demo).isEmpty();
        }
        browser.manage().deleteAllCookies();
        signIn(browser, realLogin);
        new WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".whoami")));
        assertThat(browser.findElement(By.cssSelector(".whoami")).getText()).contains("本番 花子");
    }

    private static void signIn(WebDriver browser, String login) {
        browser.get(production.url("/login.xhtml").toString());
        new WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys(login);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("signIn")).click();
    }

    private static HttpResponse<String> basic(String login, String password) throws Exception {
        URI me = production.url("/api/v1/me");
        return HTTP.send(HttpRequest.newBuilder(me).header("Accept", "application/json")
                        .header("Authorization", "Basic " + Base64.getEncoder()
                                .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
