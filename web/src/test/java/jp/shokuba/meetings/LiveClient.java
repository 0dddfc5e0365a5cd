package jp.shokuba.meetings;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import jp.shokuba.it.Platform;

/** One person's connection to {@code /ws/meetings/{id}} with the JDK's WebSocket client, recording what arrives. */
final class LiveClient implements WebSocket.Listener, AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final List<JsonObject> received = new CopyOnWriteArrayList<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    static LiveClient connect(String login, long meeting, long since) {
        return connect(login, meeting, since, null);
    }

    static LiveClient connect(String login, long meeting, long since, String origin) {
        LiveClient client = new LiveClient();
        URI http = Platform.url("/ws/meetings/" + meeting + "?since=" + since);
        URI ws = URI.create(http.toString().replaceFirst("^http", "ws"));
        WebSocket.Builder b = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(20))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8)));
        if (origin != null) {
            b.header("Origin", origin);
        }
        client.socket = b.buildAsync(ws, client).join();
        return client;
    }

    /** Tries to connect and answers what happened: the close code, or -1 if the handshake itself was refused. */
    static int refusal(String login, long meeting, String origin) {
        try {
            LiveClient c = connect(login, meeting, 0, origin);
            return c.closed.get(20, TimeUnit.SECONDS);
        } catch (CompletionException refused) {
            return -1;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void send(JsonObject message) {
        socket.sendText(message.toString(), true).join();
    }

    JsonObject await(Predicate<JsonObject> what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            for (JsonObject m : received) {
                if (what.test(m)) {
                    return m;
                }
            }
            sleep(20);
        }
        throw new AssertionError("nothing matching arrived; received " + received);
    }

    List<JsonObject> ofType(String t) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonObject m : received) {
            if (t.equals(m.getString("t", ""))) {
                out.add(m);
            }
        }
        return out;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            received.add(Json.createReader(new StringReader(partial.toString())).readObject());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-2);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        }
        socket.abort();
    }
}
