package jp.shokuba.bench.approval;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * One person calling the API with HTTP Basic, as a city's script would. The server remembers a verified password
 * for two minutes, so PBKDF2 is paid about once per person and two minutes, not per call. (Riding on the session
 * cookie instead intermittently lost the caller's roles — a 403 on a signed-in call — when several sessions were
 * active at once on Payara Micro 6.2025.10, so the benchmark does not use the cookie.)
 */
final class Session {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    final String login;
    private final URI base;
    private final String basic;

    private Session(String login, URI base, String basic) {
        this.login = login;
        this.base = base;
        this.basic = basic;
    }

    static Session signIn(URI base, String login, String password) throws IOException, InterruptedException {
        String basic = "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> me = HTTP.send(HttpRequest.newBuilder(base.resolve("/api/v1/me"))
                .header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString());
        if (me.statusCode() != 200) {
            throw new IllegalStateException(login + " cannot sign in: " + me.statusCode() + " " + me.body());
        }
        return new Session(login, base, basic);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", basic)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", basic)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonArray array(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        ok(r, path);
        return Json.createReader(new StringReader(r.body())).readArray();
    }

    JsonObject postJson(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> r = post(path, json);
        ok(r, path);
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private void ok(HttpResponse<String> r, String path) {
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(login + " " + path + ": " + r.statusCode() + " " + r.body());
        }
    }
}
