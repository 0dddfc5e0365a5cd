package jp.shokuba.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import jp.shokuba.it.Api;
import jp.shokuba.it.Browser;
import jp.shokuba.it.PageSignIn;
import jp.shokuba.it.Platform;
import jp.shokuba.it.TestStaff;
import jp.shokuba.it.pages.LoginPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Staff change their own password, proven by the current one: on a page reachable from the header (every refusal
 * shown at its field) and by {@code PUT /api/v1/me/password}. A wrong current password is refused (403) and
 * throttled like a failed sign-in, by the same counter (429 with Retry-After); a new one under 12 characters is refused (400). The change
 * is audited; the session it was made on goes on, every other session of the person ends, and HTTP Basic takes only
 * the new password.
 */
@ExtendWith({Platform.class, Browser.class})
class PasswordChangeIT {

    private static final String NEW = "長い合言葉-correct-horse";

    @Test
    void aChangeByTheApiEndsTheOtherSessionsAndKeepsThisOne() {
        String login = TestStaff.withDemoPassword("pwapi");
        PageSignIn.Session mine = PageSignIn.signIn(login);
        PageSignIn.Session other = PageSignIn.signIn(login);
        assertThat(Api.as(login).get("/api/v1/me").status()).isEqualTo(200);

        HttpResponse<String> wrong = mine.put("/api/v1/me/password", change("not-my-password", NEW));
        assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(403);
        assertThat(wrong.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> weak = mine.put("/api/v1/me/password", change("demo", "short-11chr"));
        assertThat(weak.statusCode()).as(weak.body()).isEqualTo(400);
        assertThat(detail(weak)).contains("12");
        HttpResponse<String> missing = mine.put("/api/v1/me/password", "{\"currentPassword\":\"demo\"}");
        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(400);
        assertThat(other.get("/api/v1/me").statusCode()).isEqualTo(200); // nothing changed yet

        HttpResponse<String> changed = mine.put("/api/v1/me/password", change("demo", NEW));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);

        assertThat(mine.get("/api/v1/me").statusCode()).isEqualTo(200);
        assertThat(other.get("/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(Api.as(login).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(Api.as(login, NEW).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(TestStaff.audited("staff.password-changed", login)).isEqualTo(1);
        assertThat(TestStaff.audited("auth.password-change-refused", login)).isEqualTo(1);
    }

    @Test
    void wrongCurrentPasswordsAreThrottledLikeFailedSignIns() {
        String login = TestStaff.withDemoPassword("pwguess");
        PageSignIn.Session stolen = PageSignIn.signIn(login);
        for (int i = 0; i < 5; i++) {
            assertThat(stolen.put("/api/v1/me/password", change("guess-" + i, NEW)).statusCode()).isEqualTo(403);
        }
        // from the sixth failure on, each further try waits (a second, then doubling): keep guessing until told to
        HttpResponse<String> held = null;
        for (int i = 5; i < 12 && held == null; i++) {
            HttpResponse<String> r = stolen.put("/api/v1/me/password", change("guess-" + i, NEW));
            assertThat(r.statusCode()).as(r.body()).isIn(403, 429);
            held = r.statusCode() == 429 ? r : null;
        }
        assertThat(held).as("a 429 within a few guesses").isNotNull();
        assertThat(held.headers().firstValue("Retry-After")).isPresent();
        assertThat(held.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(TestStaff.audited("auth.sign-in-throttled", login)).isPositive();
    }

    @Test
    void thePageFromTheHeaderShowsEachRefusalAtItsFieldAndChangesThePassword(WebDriver browser) {
        String login = TestStaff.withDemoPassword("pwpage");
        LoginPage.open(browser).signIn(login, "demo");
        browser.findElement(By.id("topbar:password")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("passwordForm:current")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("パスワードの変更");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("passwordForm:current");

        type(browser, "demo", NEW, NEW + "x");
        assertThat(fieldMessage(browser, "repeat")).contains("一致しません");
        type(browser, "not-my-password", NEW, NEW);
        assertThat(fieldMessage(browser, "current")).contains("現在のパスワードが正しくありません");
        type(browser, "demo", "short", "short");
        assertThat(fieldMessage(browser, "new")).contains("12文字以上");
        assertThat(Api.as(login).get("/api/v1/me").status()).isEqualTo(200);

        type(browser, "demo", NEW, NEW);
        assertThat(browser.findElement(By.cssSelector(".ui-messages-info")).getText()).contains("パスワードを変更しました");
        assertThat(Api.as(login, NEW).get("/api/v1/me").status()).isEqualTo(200);
        browser.navigate().refresh();
        assertThat(browser.findElement(By.cssSelector(".whoami")).getText()).contains("試験 太郎"); // still signed in
    }

    /** Fills the three fields with the keyboard and sends the form with Enter. */
    private static void type(WebDriver browser, String current, String next, String repeat) {
        for (String[] field : new String[][] {{"current", current}, {"new", next}, {"repeat", repeat}}) {
            var input = browser.findElement(By.id("passwordForm:" + field[0]));
            input.clear();
            input.sendKeys(field[1]);
        }
        var form = browser.findElement(By.id("passwordForm"));
        browser.findElement(By.id("passwordForm:repeat")).sendKeys(Keys.ENTER);
        Browser.awaitGone(browser, form, Duration.ofSeconds(30));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".ui-messages-info, .ui-message-error")));
    }

    private static String fieldMessage(WebDriver browser, String field) {
        return browser.findElement(By.id("passwordForm:" + field + "-message")).getText();
    }

    private static String change(String current, String next) {
        return Json.createObjectBuilder().add("currentPassword", current).add("newPassword", next).build().toString();
    }

    private static String detail(HttpResponse<String> problem) {
        return Json.createReader(new StringReader(problem.body())).readObject().getString("detail");
    }
}
