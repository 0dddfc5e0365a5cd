package jp.shokuba.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A REST client signed in as one person with HTTP Basic, as a script of the city's would be. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final String header;
    private final String value;
    private final String language;

    private Api(String header, String value) {
        this(header, value, null);
    }

    private Api(String header, String value, String language) {
        this.header = header;
        this.value = value;
        this.language = language;
    }

    /** The same caller asking in another language ({@code Accept-Language}), as an English-speaking client would. */
    public Api inLanguage(String tag) {
        return new Api(header, value, tag);
    }

    /** Signed in with the demo password. */
    public static Api as(String login) {
        return as(login, "demo");
    }

    public static Api as(String login, String password) {
        return new Api("Authorization", "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public static Api anonymous() {
        return new Api(null, null);
    }

    /** Riding on a session cookie ({@code JSESSIONID=…}) alone, as a page's script would. */
    public static Api withCookie(String cookie) {
        return new Api("Cookie", cookie);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    /** A GET that accepts another media type than JSON (a plan image, a CSV file). */
    public Reply get(String path, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(Platform.url(path)).header("Accept", accept);
        return send((header == null ? b : b.header(header, value)).GET());
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply post(String path, JsonStructure json) {
        return post(path, json.toString());
    }

    public Reply put(String path, JsonStructure json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.toString())));
    }

    public Reply putBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply postBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(Platform.url(path)).header("Accept", "application/json");
        if (language != null) {
            b.header("Accept-Language", language);
        }
        return header == null ? b : b.header(header, value);
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer: status, headers and body, with the body readable as JSON. */
    public record Reply(int status, HttpHeaders headers, String body) {

        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public JsonArray array() {
            return Json.createReader(new StringReader(body)).readArray();
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        public URI location() {
            return URI.create(headers.firstValue("Location").orElseThrow());
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
