package jp.shokuba.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.shokuba.it.Api;
import jp.shokuba.it.Browser;
import jp.shokuba.it.Platform;
import jp.shokuba.it.pages.HomePage;
import jp.shokuba.it.pages.LoginPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** Signing in and out in the browser, each role's menu, and the ways a request is refused. */
@ExtendWith({Platform.class, Browser.class})
class SignInIT {

    @Test
    void adminSignsInAndSeesTheAdministrationMenu(WebDriver browser) {
        HomePage home = LoginPage.open(browser).signIn("admin", "demo");

        assertThat(home.whoAmI()).contains("山田 花子");
        assertThat(home.heading()).isEqualTo("ホーム");
        assertThat(home.menuEntries()).contains("m-home", "m-seating", "m-meetings", "m-approval", "m-paper",
                "m-staff", "m-organisation", "m-import", "m-absences", "m-audit").doesNotContain("m-records");
    }

    @Test
    void eachRoleSeesItsOwnMenu(WebDriver browser) {
        assertThat(menuOf(browser, "tanaka")).containsExactly("m-home", "m-seating", "m-meetings", "m-approval", "m-paper");
        assertThat(menuOf(browser, "watanabe")).contains("m-records", "m-paper").doesNotContain("m-staff");
        assertThat(menuOf(browser, "yamamoto")).contains("m-records").doesNotContain("m-staff");
        assertThat(menuOf(browser, "nakamura")).contains("m-paper", "m-places", "m-seating-rules", "m-analytics")
                .doesNotContain("m-records", "m-staff");
        assertThat(menuOf(browser, "sato")).containsExactly("m-home", "m-seating", "m-meetings", "m-approval", "m-paper");
    }

    private static List<String> menuOf(WebDriver browser, String login) {
        browser.manage().deleteAllCookies();
        List<String> menu = LoginPage.open(browser).signIn(login, "demo").menuEntries();
        Browser.screenshot(browser, "SignInIT-menu-" + login);
        return menu;
    }

    @Test
    void wrongPasswordIsRefusedOnTheLoginPage(WebDriver browser) {
        LoginPage login = LoginPage.open(browser).signInRefused("tanaka", "wrong-password");

        assertThat(login.messages()).contains("ログインIDまたはパスワードが正しくありません");
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
    }

    @Test
    void anAdministrationPageIsForbiddenToOrdinaryStaff(WebDriver browser) {
        LoginPage.open(browser).signIn("tanaka", "demo");
        browser.get(Platform.url("/admin/staff.xhtml").toString());

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("この操作はできません");
    }

    @Test
    void anExpiredSessionLeadsBackToTheLoginPageWithAnExplanation(WebDriver browser) {
        LoginPage.open(browser).signIn("tanaka", "demo");
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.manage().addCookie(new Cookie("JSESSIONID", "expired0000000000000000000"));

        browser.get(Platform.url("/index.xhtml").toString());
        LoginPage login = new LoginPage(browser);

        assertThat(login.notice()).contains("一定時間操作がなかったため");
        HomePage home = login.signIn("tanaka", "demo");
        assertThat(browser.getCurrentUrl()).contains("/index.xhtml");
        assertThat(home.whoAmI()).contains("田中 太郎");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused(WebDriver browser) {
        HomePage home = LoginPage.open(browser).signIn("tanaka", "demo");
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelectorAll('#topbar input[name=_csrf]').forEach(e => e.remove());"
                        + "document.getElementById('topbar:lang').click();");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("この操作はできません");
        assertThat(home).isNotNull();
    }

    @Test
    void theLanguageSwitchTurnsThePagesIntoEnglishAndBack(WebDriver browser) {
        HomePage home = LoginPage.open(browser).signIn("sato", "demo").switchLanguage();
        assertThat(home.heading()).isEqualTo("Home");
        assertThat(home.pageText()).contains("Waiting for you", "Sign out");
        Browser.screenshot(browser, "SignInIT-english-home");

        home = home.switchLanguage();
        assertThat(home.heading()).isEqualTo("ホーム");
    }

    @Test
    void signingOutEndsTheSession(WebDriver browser) {
        LoginPage login = LoginPage.open(browser).signIn("tanaka", "demo").signOut();
        assertThat(login.notice()).contains("サインアウトしました");

        browser.get(Platform.url("/index.xhtml").toString());
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
    }

    @Test
    void theApiRefusesASessionCallWithoutCsrfTokenButAcceptsBasicAuthentication(WebDriver browser) {
        Api.Reply basic = Api.as("tanaka").get("/api/v1/me");
        assertThat(basic.status()).isEqualTo(200);
        assertThat(basic.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));

        browser.manage().deleteAllCookies();
        LoginPage.open(browser).signIn("tanaka", "demo");
        String cookie = "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue();
        assertThat(Api.withCookie(cookie).get("/api/v1/me").status()).isEqualTo(200);
        Api.Reply withSessionOnly = Api.withCookie(cookie).post("/api/v1/me", "{}");
        assertThat(withSessionOnly.status()).isEqualTo(403);
        assertThat(withSessionOnly.contentType()).startsWith("application/problem+json");
        assertThat(withSessionOnly.json().getString("detail")).contains("CSRF");
    }

    /** On a 412 px phone (QR check-in is used there first) the name in the header stays on one line. */
    @Test
    void onAPhoneTheHeaderKeepsTheNameOnOneLine(WebDriver browser) {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(412, 915));
        HomePage home = LoginPage.open(browser).signIn("takahashi", "demo");

        org.openqa.selenium.WebElement name = browser.findElement(By.cssSelector(".topbar .whoami"));
        double lineHeight = Double.parseDouble(((String) ((JavascriptExecutor) browser).executeScript(
                "var s = getComputedStyle(arguments[0]); return s.lineHeight === 'normal'"
                        + " ? String(parseFloat(s.fontSize) * 1.3) : s.lineHeight.replace('px', '');", name)));
        assertThat(name.getSize().getHeight()).as("one line of the name").isLessThan((int) (lineHeight * 1.6));
        assertThat(home.whoAmI()).isNotEmpty();
        Browser.screenshot(browser, "SignInIT-phone-412-header");
    }
}
