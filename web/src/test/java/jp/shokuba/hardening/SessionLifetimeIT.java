package jp.shokuba.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import jp.shokuba.it.PageSignIn;
import jp.shokuba.it.Platform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A session ends after its absolute lifetime however busy it is (here {@code SHOKUBA_SESSION_ABSOLUTE_LIFETIME=PT25S}
 * on a Payara Micro of its own; a working day by default): the REST API answers 401, a page goes back to the login
 * page saying why, and a new sign-in works at once.
 */
class SessionLifetimeIT {

    private static final Duration LIFETIME = Duration.ofSeconds(25);
    private static Platform.Instance platform;

    @BeforeAll
    static void start() {
        platform = Platform.startSeparately(Map.of("SHOKUBA_SESSION_ABSOLUTE_LIFETIME", LIFETIME.toString()),
                "it-payara-lifetime.log");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aBusySessionEndsAtItsAbsoluteLifetime() throws InterruptedException {
        Instant signedIn = Instant.now();
        PageSignIn.Session api = PageSignIn.signIn(platform::url, "tanaka", "demo");
        PageSignIn.Session page = PageSignIn.signIn(platform::url, "tanaka", "demo");
        Instant bothSignedIn = Instant.now();
        // busy all along: never idle for more than a few seconds
        while (Instant.now().isBefore(signedIn.plus(LIFETIME).minusSeconds(8))) {
            assertThat(api.get("/api/v1/me").statusCode()).isEqualTo(200);
            assertThat(page.get("/index.xhtml").statusCode()).isEqualTo(200);
            Thread.sleep(3000);
        }
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), bothSignedIn.plus(LIFETIME).plusSeconds(1)).toMillis()));
        HttpResponse<String> ended = api.get("/api/v1/me");
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(401);
        assertThat(ended.body()).contains("サインインから一定時間");
        HttpResponse<String> toLogin = page.get("/index.xhtml");
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(toLogin.headers().firstValue("Location").orElse("")).contains("reason=lifetime");

        assertThat(PageSignIn.signIn(platform::url, "tanaka", "demo").get("/api/v1/me").statusCode()).isEqualTo(200);
    }
}
