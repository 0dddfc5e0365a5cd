package jp.shokuba.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signs in through the login form with plain HTTP, as a browser would, and rides on the session it gets. */
public final class PageSignIn {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private PageSignIn() {
    }

    /** A signed-in page session: its cookie and CSRF token, and those it had before signing in. */
    public record Session(Function<String, URI> url, String cookie, String token, String cookieBefore,
                          String tokenBefore, String setCookie) {

        /** A GET on this session, as a page's script or the browser itself would send it. */
        public HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(url.apply(path)).header("Accept", "text/html,application/json")
                    .header("Cookie", "JSESSIONID=" + cookie).GET());
        }

        /** A JSON call of a page's script: the session cookie and the CSRF token. */
        public HttpResponse<String> put(String path, String json) {
            return send(HttpRequest.newBuilder(url.apply(path)).header("Accept", "application/json")
                    .header("Cookie", "JSESSIONID=" + cookie).header("X-CSRF-Token", token)
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
        }
    }

    /** On the shared platform, with the demo password. */
    public static Session signIn(String login) {
        return signIn(Platform::url, login, "demo");
    }

    public static Session signIn(Function<String, URI> url, String login, String password) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(url.apply("/login.xhtml")).GET());
        String before = find(SESSION, sessionCookieHeader(page));
        String tokenBefore = find(TOKEN, page.body());
        String form = "login=login&username=" + enc(login) + "&password=" + enc(password) + "&signIn=&_csrf="
                + enc(tokenBefore) + "&jakarta.faces.ViewState=" + enc(find(VIEW_STATE, page.body()));
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(url.apply("/login.xhtml"))
                .header("Cookie", "JSESSIONID=" + before).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(signedIn.statusCode()).as(signedIn.body()).isBetween(300, 399);
        String setCookie = sessionCookieHeader(signedIn);
        String after = find(SESSION, setCookie);
        HttpResponse<String> home = send(HttpRequest.newBuilder(url.apply("/index.xhtml"))
                .header("Cookie", "JSESSIONID=" + after).GET());
        assertThat(home.statusCode()).isEqualTo(200);
        return new Session(url, after, find(TOKEN, home.body()), before, tokenBefore, setCookie);
    }

    public static String sessionCookieHeader(HttpResponse<?> r) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + r.headers().map()));
    }

    public static String find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        assertThat(m.find()).as(p + " in " + (text.length() > 300 ? text.substring(0, 300) : text)).isTrue();
        return m.group(1);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
