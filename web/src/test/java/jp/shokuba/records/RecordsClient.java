package jp.shokuba.records;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.function.Function;
import jp.shokuba.it.Platform;

/** The records API as a scanner script or the upload page uses it: multipart uploads, polling, binary downloads. */
final class RecordsClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Set<String> FINAL = Set.of("INDEXED", "DUPLICATE", "QUARANTINED", "WAITING_FOR_OCR");

    private final String auth;
    private final Function<String, URI> url;

    private RecordsClient(String login, Function<String, URI> url) {
        this.auth = "Basic " + Base64.getEncoder().encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8));
        this.url = url;
    }

    static RecordsClient as(String login) {
        return new RecordsClient(login, Platform::url);
    }

    /** The same calls against another running platform than the shared one. */
    static RecordsClient as(String login, Platform.Instance platform) {
        return new RecordsClient(login, platform::url);
    }

    record Reply(int status, String contentType, byte[] body, String location) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonObject json() {
            return Json.createReader(new StringReader(text())).readObject();
        }
    }

    Reply upload(String fileName, byte[] content) {
        String boundary = "----shokuba" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName.replace("\"", "%22") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(url.apply("/api/v1/records"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(url.apply(path)).GET());
    }

    Reply post(String path) {
        return send(HttpRequest.newBuilder(url.apply(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    Reply delete(String path) {
        return send(HttpRequest.newBuilder(url.apply(path)).DELETE());
    }

    Reply search(String query) {
        return get("/api/v1/records/search?" + query);
    }

    static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Uploads and waits until intake is done with the file; returns its final intake status. */
    JsonObject ingest(String fileName, byte[] content, Duration within) {
        Reply r = upload(fileName, content);
        assertThat(r.status()).as(r.text()).isEqualTo(202);
        String path = java.net.URI.create(r.location()).getPath();
        assertThat(path).isEqualTo("/api/v1/intake/" + r.json().getJsonNumber("intakeId").longValue());
        return await(path, within);
    }

    JsonObject await(String intakePath, Duration within) {
        return awaitState(intakePath, within, FINAL);
    }

    /** Polls the intake until it is in one of {@code states}. */
    JsonObject awaitState(String intakePath, Duration within, Set<String> states) {
        long deadline = System.nanoTime() + within.toNanos();
        JsonObject last = null;
        while (System.nanoTime() < deadline) {
            Reply s = get(intakePath);
            assertThat(s.status()).as(s.text()).isEqualTo(200);
            last = s.json();
            if (states.contains(last.getString("state"))) {
                return last;
            }
            sleep(500);
        }
        throw new AssertionError("intake not finished within " + within + ": " + last);
    }

    private Reply send(HttpRequest.Builder b) {
        try {
            HttpResponse<byte[]> r = HTTP.send(b.header("Authorization", auth).header("Accept", "*/*")
                    .timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                    r.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
