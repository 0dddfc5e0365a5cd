package jp.shokuba.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.shokuba.it.Browser;
import jp.shokuba.it.FakeIdentityProvider;
import jp.shokuba.it.Platform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * With {@code SHOKUBA_AUTH_MODE=oidc} the platform signs people in through the city's identity
 * provider (here a stand-in on loopback) instead of its login form; roles still come from the directory.
 */
@ExtendWith(Browser.class)
class SingleSignOnIT {

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

    @Test
    void aPersonSignedInByTheIdentityProviderGetsTheirDirectoryRoles(WebDriver browser) {
        browser.get(platform.url("/index.xhtml").toString());

        assertThat(browser.findElement(By.cssSelector(".whoami")).getText()).contains("高橋 直樹");
        assertThat(browser.findElements(By.id("m-staff"))).isEmpty();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ホーム");
        assertThat(browser.getPageSource()).doesNotContain("login.xhtml\" method");
    }
}
