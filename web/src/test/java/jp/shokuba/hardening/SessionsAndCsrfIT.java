package jp.shokuba.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import jp.shokuba.it.Api;
import jp.shokuba.it.PageSignIn;
import jp.shokuba.it.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a page's session may be made to do by another site: the session cookie as the server really sends it
 * (SameSite=Lax, HttpOnly, Secure behind TLS), sign-in rotating both the session id and the CSRF token, a made-up
 * {@code Authorization} header not exempting a cookie-borne request from the CSRF check, no Basic challenge to a
 * browser, foreign-form content types refused, and WebSocket handshakes from other origins or to unknown floors.
 */
@ExtendWith(Platform.class)
class SessionsAndCsrfIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1).build();
    private static final String DRAFT = "{\"title\":\"CSRF の試験\",\"documentType\":\"GENERAL\"}";

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnlyAndSecureBehindTls() throws Exception {
        HttpResponse<String> plain = get("/login.xhtml", null, null);
        String cookie = PageSignIn.sessionCookieHeader(plain);
        assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

        HttpResponse<String> tls = HTTP.send(HttpRequest.newBuilder(Platform.url("/login.xhtml"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(PageSignIn.sessionCookieHeader(tls)).contains("SameSite=Lax").contains("HttpOnly").contains("Secure");
        assertThat(tls.headers().firstValue("Strict-Transport-Security").orElse("")).contains("max-age=");
    }

    @Test
    void everyAnswerCarriesAPolicyWithoutEvalThatConnectsOnlyToItsOwnOrigin() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("tanaka:demo".getBytes(StandardCharsets.UTF_8));
        for (String path : List.of("/login.xhtml", "/api/v1/me")) {
            HttpResponse<String> r = get(path, null, path.startsWith("/api/") ? basic : null);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            String policy = r.headers().firstValue("Content-Security-Policy").orElse("");
            List<String> directives = List.of(policy.split("\\s*;\\s*"));
            assertThat(policy).as(path).doesNotContain("'unsafe-eval'").doesNotContain("*");
            assertThat(directives).as(path).contains("default-src 'self'", "connect-src 'self'", "object-src 'none'",
                    "frame-ancestors 'self'", "base-uri 'self'", "form-action 'self'");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
    }

    @Test
    void signInGivesANewSessionIdAndANewCsrfToken() throws Exception {
        PageSignIn.Session s = PageSignIn.signIn("tanaka");
        assertThat(s.cookie()).isNotEqualTo(s.cookieBefore());
        assertThat(s.token()).isNotEqualTo(s.tokenBefore());
        assertThat(s.setCookie()).contains("SameSite=Lax").contains("HttpOnly");
    }

    @Test
    void anAuthorizationHeaderDoesNotExemptASessionRequestFromTheCsrfCheck() throws Exception {
        PageSignIn.Session s = PageSignIn.signIn("tanaka");
        for (String authorization : List.of(basic("foo", "bar"), basic("tanaka", "demo"), basic("sato", "demo"))) {
            HttpResponse<String> forged = HTTP.send(HttpRequest.newBuilder(Platform.url("/api/v1/approvals"))
                    .header("Cookie", "JSESSIONID=" + s.cookie()).header("Authorization", authorization)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(DRAFT)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(forged.statusCode()).as(authorization + " " + forged.body()).isEqualTo(403);
            assertThat(forged.body()).contains("csrf");
        }
        // the page's own call, with its token, and a script's call, with Basic alone, still work
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(Platform.url("/api/v1/approvals"))
                .header("Cookie", "JSESSIONID=" + s.cookie()).header("X-CSRF-Token", s.token())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(DRAFT)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(201);
        assertThat(Api.as("tanaka").post("/api/v1/approvals", DRAFT).status()).isEqualTo(201);
        // the token from before sign-in is worth nothing now
        HttpResponse<String> stale = HTTP.send(HttpRequest.newBuilder(Platform.url("/api/v1/approvals"))
                .header("Cookie", "JSESSIONID=" + s.cookie()).header("X-CSRF-Token", s.tokenBefore())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(DRAFT)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(403);
    }

    @Test
    void aForeignFormsContentTypeIsRefusedEvenWithTheSessionsToken() throws Exception {
        PageSignIn.Session s = PageSignIn.signIn("tanaka");
        for (String type : List.of("application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=b")) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(Platform.url("/api/v1/approvals"))
                    .header("Cookie", "JSESSIONID=" + s.cookie()).header("X-CSRF-Token", s.token())
                    .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(DRAFT)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(type + " " + r.body()).isEqualTo(415);
        }
        // a body-less POST keeps working (here: refused for the unknown draft, not for its type)
        HttpResponse<String> bodyless = HTTP.send(HttpRequest.newBuilder(Platform.url("/api/v1/approvals/999999999/submit"))
                .header("Authorization", basic("tanaka", "demo")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bodyless.statusCode()).as(bodyless.body()).isEqualTo(404);
    }

    @Test
    void aBrowserIsNeverChallengedToHttpBasic() throws Exception {
        HttpResponse<String> browser = get("/api/v1/me", null, null);
        assertThat(browser.statusCode()).isEqualTo(401);
        assertThat(browser.headers().allValues("WWW-Authenticate")).noneMatch(v -> v.toLowerCase().startsWith("basic"));
        HttpResponse<String> expired = get("/api/v1/me", "JSESSIONID=no-such-session", null);
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.headers().allValues("WWW-Authenticate")).noneMatch(v -> v.toLowerCase().startsWith("basic"));
        // a script that tried Basic is told which scheme it failed
        HttpResponse<String> script = get("/api/v1/me", null, basic("tanaka", "wrong"));
        assertThat(script.statusCode()).isEqualTo(401);
        assertThat(script.headers().allValues("WWW-Authenticate")).anyMatch(v -> v.startsWith("Basic"));
    }

    @Test
    void aWebSocketHandshakeFromAnotherOriginIsRefused() throws Exception {
        long floor = Api.as("tanaka").get("/api/v1/floors").array().getJsonObject(0).getJsonNumber("id").longValue();
        URI base = Platform.url("/");
        String own = "http://" + base.getHost() + ":" + base.getPort();
        assertThatThrownBy(() -> socket(floor, "http://evil.example").get(20, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(WebSocketHandshakeException.class)
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e.getCause()).getResponse().statusCode()).isEqualTo(403));
        assertThatThrownBy(() -> socket(floor, own.replace("127.0.0.1", "localhost.evil")).get(20, TimeUnit.SECONDS))
                .hasCauseInstanceOf(WebSocketHandshakeException.class);

        Closing closing = new Closing();
        WebSocket mine = socket(floor, own, closing).get(20, TimeUnit.SECONDS);
        assertThat(closing.closed.isDone()).isFalse();
        mine.sendClose(WebSocket.NORMAL_CLOSURE, "").get(10, TimeUnit.SECONDS);
    }

    @Test
    void aWebSocketToAnUnknownFloorIsClosedAtOnce() throws Exception {
        URI base = Platform.url("/");
        Closing closing = new Closing();
        socket(999_999_999L, "http://" + base.getHost() + ":" + base.getPort(), closing).get(20, TimeUnit.SECONDS);
        assertThat(closing.closed.get(20, TimeUnit.SECONDS)).isEqualTo(1003);
    }

    private static final class Closing implements WebSocket.Listener {
        final CompletableFuture<Integer> closed = new CompletableFuture<>();

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }
    }

    private static CompletableFuture<WebSocket> socket(long floor, String origin) {
        return socket(floor, origin, new Closing());
    }

    private static CompletableFuture<WebSocket> socket(long floor, String origin, WebSocket.Listener listener) {
        URI base = Platform.url("/");
        return HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .header("Origin", origin).header("Authorization", basic("tanaka", "demo"))
                .buildAsync(URI.create("ws://" + base.getHost() + ":" + base.getPort() + "/ws/floors/" + floor), listener);
    }

    private static HttpResponse<String> get(String path, String cookie, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(Platform.url(path)).header("Accept", "text/html,application/json");
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
