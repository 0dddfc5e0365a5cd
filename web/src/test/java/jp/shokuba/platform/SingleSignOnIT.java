package jp.shokuba.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import jp.shokuba.it.Browser;
import jp.shokuba.it.FakeIdentityProvider;
import jp.shokuba.it.Platform;
import jp.shokuba.it.TestDatabase;
import jp.shokuba.it.TestStaff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * With {@code SHOKUBA_AUTH_MODE=oidc} the platform signs people in through the city's identity
 * provider (here a stand-in on loopback) instead of its login form; roles still come from the directory.
 * A person is known by the token's immutable {@code sub}, linked once by {@code preferred_username}: a renamed
 * username still finds them, another subject with their username finds nobody, and their session ends when their
 * security version changes.
 */
@ExtendWith(Browser.class)
class SingleSignOnIT {

    private static final String NAME = "高橋 直樹";
    private static FakeIdentityProvider provider;
    private static Platform.Instance platform;

    @BeforeAll
    static void start() throws Exception {
        provider = new FakeIdentityProvider("takahashi");
        platform = Platform.startSeparately(Map.of(
                "SHOKUBA_AUTH_MODE", "oidc",
                "SHOKUBA_OIDC_PROVIDER_URI", provider.issuer(),
                "SHOKUBA_OIDC_CLIENT_ID", FakeIdentityProvider.CLIENT_ID,
                "SHOKUBA_OIDC_CLIENT_SECRET", FakeIdentityProvider.CLIENT_SECRET), "it-payara-oidc.log");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (platform != null) {
            platform.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @BeforeEach
    void takahashiAsTheProviderKnowsHim() {
        provider.signInAs("sub-takahashi", "takahashi");
    }

    @Test
    void aPersonSignedInByTheIdentityProviderGetsTheirDirectoryRoles(WebDriver browser) {
        browser.get(platform.url("/index.xhtml").toString());

        assertThat(browser.findElement(By.cssSelector(".whoami")).getText()).contains(NAME);
        assertThat(browser.findElements(By.id("m-staff"))).isEmpty();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ホーム");
        assertThat(browser.getPageSource()).doesNotContain("login.xhtml\" method");
        assertThat(browser.findElements(By.id("topbar:password"))).isEmpty(); // the provider keeps the password
    }

    @Test
    void aRenamedUsernameStillFindsThePersonLinkedToTheSubject() {
        assertThat(new Visitor().home().body()).contains(NAME); // linked now, if not before

        provider.signInAs("sub-takahashi", "naoki.takahashi");
        Visitor renamed = new Visitor();

        assertThat(renamed.home().body()).contains(NAME);
        assertThat(renamed.get("/api/v1/me").body()).contains("\"login\":\"takahashi\"");
    }

    @Test
    void anotherSubjectWithTheSameUsernameFindsNobody() {
        assertThat(new Visitor().home().body()).contains(NAME);
        long refusedBefore = TestStaff.audited("auth.sign-in-refused", "takahashi");

        provider.signInAs("sub-someone-else", "takahashi");
        HttpResponse<String> intruder = new Visitor().home();

        assertThat(intruder.statusCode()).as(intruder.body()).isIn(401, 403);
        assertThat(intruder.body()).doesNotContain(NAME);
        assertThat(TestStaff.audited("auth.sign-in-refused", "takahashi")).isEqualTo(refusedBefore + 1);
    }

    @Test
    void aChangedSecurityVersionEndsTheSingleSignOnSession() throws Exception {
        Visitor takahashi = new Visitor();
        assertThat(takahashi.home().body()).contains(NAME);
        assertThat(takahashi.get("/api/v1/me").statusCode()).isEqualTo(200);

        try (Connection c = TestDatabase.asAdministrator(); Statement s = c.createStatement()) {
            // what a deactivation, a change of roles or a password reset does to the row
            s.executeUpdate("UPDATE directory.staff SET security_version = security_version + 1 WHERE login = 'takahashi'");
        }

        assertThat(takahashi.get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    /** A browser-like client with its own cookies that follows the provider's redirects. */
    private static final class Visitor {
        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();

        HttpResponse<String> home() {
            return get("/index.xhtml");
        }

        HttpResponse<String> get(String path) {
            try {
                return http.send(HttpRequest.newBuilder(platform.url(path)).header("Accept", "text/html,application/json")
                        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
